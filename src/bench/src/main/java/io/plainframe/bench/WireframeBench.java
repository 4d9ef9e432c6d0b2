package io.plainframe.bench;

import io.plainframe.licensing.json.Json;
import io.plainframe.wireframes.ControlType;
import io.plainframe.wireframes.SvgRenderer;
import io.plainframe.wireframes.Wireframe;
import io.plainframe.wireframes.WireframeFormat;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What a page view costs the server per wireframe: checking the stored document and drawing it as SVG
 * ({@link #readAndRender}), against parsing the same JSON alone ({@link #parseJson}, the floor). Sizes: a
 * typical sign-up form (15 controls) and the largest document the rules allow in controls (500).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class WireframeBench {

    @Param({"15", "500"})
    public int controls;

    private String document;

    @Setup
    public void draw() {
        Random random = new Random(7);
        List<Object> list = new ArrayList<>();
        ControlType[] types = ControlType.values();
        for (int i = 0; i < controls; i++) {
            ControlType type = types[i % types.length];
            Map<String, Object> control = new LinkedHashMap<>();
            control.put("id", "c" + i);
            control.put("type", type.id());
            control.put("x", (long) random.nextInt(1600));
            control.put("y", (long) random.nextInt(1000));
            control.put("width", 40L + random.nextInt(300));
            control.put("height", 16L + random.nextInt(180));
            control.put("text", "Control number " + i + " with <some> text & a longer label to wrap");
            switch (type) {
                case HEADING -> control.put("level", 1L + i % 3);
                case CHECKBOX, RADIO -> control.put("checked", i % 2 == 0);
                case DROPDOWN -> control.put("options", List.of("One", "Two", "Three"));
                case TABLE -> control.put("cells", List.of(List.of("A", "B", "C"), List.of("1", "2", "3")));
                default -> {
                }
            }
            list.add(control);
        }
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("formatVersion", 1L);
        root.put("width", 2000L);
        root.put("height", 1200L);
        root.put("controls", list);
        document = Json.write(root);
    }

    @Benchmark
    public String readAndRender() {
        Wireframe wireframe = WireframeFormat.read(document);
        return SvgRenderer.render(wireframe, "Wireframe");
    }

    @Benchmark
    public Object parseJson() {
        return Json.parse(document);
    }
}
