package io.plainframe.bundles;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What one class file refers to, read from its constant pool (JVMS 4.4): every text constant (names, descriptors,
 * signatures, string literals), every type named by a class constant or inside a descriptor or signature, and
 * every field and method its code uses (owner, name, descriptor), which the JVM links only when the code first
 * runs.
 */
record ClassReferences(List<String> texts, Set<String> types, List<Member> members) {

    /** A field or method a class's code uses: {@code owner} in internal form, {@code descriptor} as in JVMS 4.3. */
    record Member(boolean field, String owner, String name, String descriptor) {
        @Override
        public String toString() {
            return owner.replace('/', '.') + "#" + name + descriptor;
        }
    }

    /** A type inside a descriptor or generic signature: {@code Lname;} or {@code Lname<}, after a delimiter. */
    private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("(?:^|(?<=[(;<\\[:)+*\\-]))L([\\w/$]+)[;<]");

    static ClassReferences of(byte[] classFile) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(classFile))) {
            if (in.readInt() != 0xCAFEBABE) {
                throw new IllegalArgumentException("not a class file");
            }
            in.readUnsignedShort();
            in.readUnsignedShort();
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameAt = new int[count];
            int[] first = new int[count];
            int[] second = new int[count];
            int[] tags = new int[count];
            List<Integer> classNames = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                tags[i] = tag;
                switch (tag) {
                    case 1 -> utf8[i] = in.readUTF();
                    case 7 -> {
                        classNameAt[i] = in.readUnsignedShort();
                        classNames.add(classNameAt[i]);
                    }
                    case 8, 16, 19, 20 -> in.readUnsignedShort();
                    case 9, 10, 11, 12 -> {
                        first[i] = in.readUnsignedShort();
                        second[i] = in.readUnsignedShort();
                    }
                    case 3, 4, 17, 18 -> in.readInt();
                    case 5, 6 -> {
                        in.readLong();
                        i++;
                    }
                    case 15 -> {
                        in.readUnsignedByte();
                        in.readUnsignedShort();
                    }
                    default -> throw new IllegalArgumentException("unknown constant tag " + tag);
                }
            }
            List<String> texts = new ArrayList<>();
            Set<String> types = new TreeSet<>();
            for (String text : utf8) {
                if (text != null) {
                    texts.add(text);
                    if (!looksLikeDescriptor(text)) {
                        continue;
                    }
                    Matcher type = TYPE_IN_DESCRIPTOR.matcher(text);
                    while (type.find()) {
                        types.add(type.group(1));
                    }
                }
            }
            for (int index : classNames) {
                String name = utf8[index];
                if (!name.startsWith("[")) {
                    types.add(name);
                }
            }
            List<Member> members = new ArrayList<>();
            for (int i = 1; i < count; i++) {
                if (tags[i] == 9 || tags[i] == 10 || tags[i] == 11) {
                    int nameAndType = second[i];
                    members.add(new Member(tags[i] == 9, utf8[classNameAt[first[i]]], utf8[first[nameAndType]],
                            utf8[second[nameAndType]]));
                }
            }
            return new ClassReferences(texts, types, members);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean looksLikeDescriptor(String text) {
        return !text.isEmpty() && "(L<[".indexOf(text.charAt(0)) >= 0 && text.indexOf(' ') < 0;
    }
}
