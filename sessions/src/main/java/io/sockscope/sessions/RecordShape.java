package io.sockscope.sessions;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;

/** A record class's components, accessors and canonical constructor, looked up once. */
final class RecordShape {
    private final String[] names;
    private final Class<?>[] types;
    private final Method[] accessors;
    private final Constructor<?> constructor;

    private final Class<? extends Record> type;

    RecordShape(Class<? extends Record> c) {
        type = c;
        RecordComponent[] rc = c.getRecordComponents();
        names = new String[rc.length];
        types = new Class<?>[rc.length];
        accessors = new Method[rc.length];
        for (int i = 0; i < rc.length; i++) {
            names[i] = rc[i].getName();
            types[i] = rc[i].getType();
            accessors[i] = rc[i].getAccessor();
        }
        try {
            constructor = c.getDeclaredConstructor(types);
        } catch (NoSuchMethodException e) {
            throw new IllegalStateException("record without canonical constructor: " + c, e);
        }
    }

    /** The record class. */
    Class<? extends Record> type() {
        return type;
    }

    int size() {
        return names.length;
    }

    String name(int i) {
        return names[i];
    }

    Class<?> type(int i) {
        return types[i];
    }

    Object get(Record r, int i) {
        try {
            return accessors[i].invoke(r);
        } catch (IllegalAccessException | InvocationTargetException e) {
            throw new IllegalStateException("cannot read " + names[i] + " of " + r.getClass().getSimpleName(), e);
        }
    }

    /** A new record; a compact constructor's IllegalArgumentException or NullPointerException passes through. */
    Record create(Object[] args) {
        try {
            return (Record) constructor.newInstance(args);
        } catch (InvocationTargetException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException("cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
        } catch (InstantiationException | IllegalAccessException e) {
            throw new IllegalStateException("cannot create " + constructor.getDeclaringClass().getSimpleName(), e);
        }
    }
}
