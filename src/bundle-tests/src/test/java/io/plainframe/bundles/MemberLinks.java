package io.plainframe.bundles;

import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;

/**
 * Resolves a field or method a class's code uses the way the JVM does when that code first runs (JVMS 5.4.3.2 and
 * 5.4.3.3): by name and descriptor in the owner, its superclasses and its interfaces. A plugin compiled against
 * one line's API and run on another fails here where it would fail at run time, with NoSuchMethodError.
 */
final class MemberLinks {

    private MemberLinks() {
    }

    static boolean resolves(Class<?> owner, ClassReferences.Member member) {
        if ("<init>".equals(member.name())) {
            for (Constructor<?> constructor : owner.getDeclaredConstructors()) {
                if (member.descriptor().equals(descriptor(constructor.getParameterTypes(), void.class))) {
                    return true;
                }
            }
            return false;
        }
        Deque<Class<?>> todo = new ArrayDeque<>();
        Set<Class<?>> seen = new HashSet<>();
        todo.add(owner);
        while (!todo.isEmpty()) {
            Class<?> type = todo.poll();
            if (!seen.add(type)) {
                continue;
            }
            if (member.field() ? hasField(type, member) : hasMethod(type, member)) {
                return true;
            }
            if (type.getSuperclass() != null) {
                todo.add(type.getSuperclass());
            }
            todo.addAll(java.util.List.of(type.getInterfaces()));
        }
        // Interfaces inherit Object's public methods (JVMS 5.4.3.4).
        return owner.isInterface() && !member.field() && hasMethod(Object.class, member);
    }

    private static boolean hasField(Class<?> type, ClassReferences.Member member) {
        for (Field field : type.getDeclaredFields()) {
            if (field.getName().equals(member.name()) && descriptor(field.getType()).equals(member.descriptor())) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasMethod(Class<?> type, ClassReferences.Member member) {
        for (Method method : type.getDeclaredMethods()) {
            if (method.getName().equals(member.name())
                    && descriptor(method.getParameterTypes(), method.getReturnType()).equals(member.descriptor())) {
                return true;
            }
        }
        return false;
    }

    static String descriptor(Class<?>[] parameters, Class<?> result) {
        StringBuilder text = new StringBuilder("(");
        for (Class<?> parameter : parameters) {
            text.append(descriptor(parameter));
        }
        return text.append(')').append(descriptor(result)).toString();
    }

    static String descriptor(Class<?> type) {
        if (type.isArray()) {
            return type.getName().replace('.', '/');
        }
        if (type.isPrimitive()) {
            return switch (type.getName()) {
                case "void" -> "V";
                case "boolean" -> "Z";
                case "byte" -> "B";
                case "char" -> "C";
                case "short" -> "S";
                case "int" -> "I";
                case "long" -> "J";
                case "float" -> "F";
                default -> "D";
            };
        }
        return "L" + type.getName().replace('.', '/') + ";";
    }
}
