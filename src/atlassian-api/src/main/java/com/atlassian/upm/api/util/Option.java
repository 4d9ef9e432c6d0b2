package com.atlassian.upm.api.util;

import java.util.Collections;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Stand-in for UPM's {@code Option}: an abstract class with a private constructor, so only {@link #none()},
 * {@link #some(Object)} and {@link #option(Object)} create instances. The deprecated overloads taking Guava's
 * {@code Function}, {@code Supplier} and {@code Predicate} (and the deprecated static {@code noneSupplier()} and
 * no-argument {@code option()}) are deliberately not copied: see the module README.
 *
 * @param <A> the type of the value
 */
public abstract class Option<A> implements Iterable<A> {
    private static final Option<Object> NONE = new None();

    private Option() {
    }

    public abstract <B> B fold(Supplier<B> none, Function<A, B> some);

    /** The value; {@link NoSuchElementException} when there is none. */
    public final A get() {
        return fold(() -> {
            throw new NoSuchElementException("none()");
        }, Function.identity());
    }

    public final <B extends A> A getOrElse(B other) {
        return fold(() -> other, Function.identity());
    }

    public final A getOrElse(Supplier<A> supplier) {
        return fold(supplier, Function.identity());
    }

    public final boolean isDefined() {
        return fold(() -> Boolean.FALSE, value -> Boolean.TRUE);
    }

    @Override
    public final Iterator<A> iterator() {
        return fold(Collections::emptyIterator, value -> Collections.singletonList(value).iterator());
    }

    public final Option<A> orElse(Option<A> other) {
        return isDefined() ? this : other;
    }

    public final Option<A> orElse(Supplier<Option<A>> other) {
        return isDefined() ? this : other.get();
    }

    public final Option<A> filter(Predicate<A> predicate) {
        return isDefined() && predicate.test(get()) ? this : none();
    }

    public final boolean exists(Predicate<A> predicate) {
        return filter(predicate).isDefined();
    }

    public final <B> Option<B> flatMap(Function<A, Option<B>> function) {
        return fold(Option::none, function);
    }

    public final <B> Option<B> map(Function<A, B> function) {
        return fold(Option::none, value -> option(function.apply(value)));
    }

    @Override
    public final int hashCode() {
        return fold(() -> 31, Object::hashCode);
    }

    @Override
    public final boolean equals(Object other) {
        if (!(other instanceof Option)) {
            return false;
        }
        Option<?> that = (Option<?>) other;
        if (isDefined() != that.isDefined()) {
            return false;
        }
        return !isDefined() || get().equals(that.get());
    }

    @Override
    public final String toString() {
        return fold(() -> "none()", value -> "some(" + value + ")");
    }

    @SuppressWarnings("unchecked")
    public static <A> Option<A> none() {
        return (Option<A>) NONE;
    }

    public static <A> Option<A> none(Class<A> type) {
        return none();
    }

    /** A defined option; {@link NullPointerException} on {@code null}. */
    public static <A> Option<A> some(A value) {
        return new Some<>(value);
    }

    /** {@code some(value)}, or {@code none()} when the value is {@code null}. */
    public static <A> Option<A> option(A value) {
        return value == null ? none() : some(value);
    }

    private static final class None extends Option<Object> {
        @Override
        public <B> B fold(Supplier<B> none, Function<Object, B> some) {
            return none.get();
        }
    }

    private static final class Some<A> extends Option<A> {
        private final A value;

        private Some(A value) {
            this.value = Objects.requireNonNull(value, "value");
        }

        @Override
        public <B> B fold(Supplier<B> none, Function<A, B> some) {
            return some.apply(value);
        }
    }
}
