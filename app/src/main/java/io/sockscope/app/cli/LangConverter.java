package io.sockscope.app.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Accepts the languages Sockscope has captions in: {@code en} and {@code zh}. */
final class LangConverter implements ITypeConverter<String> {
    @Override
    public String convert(String value) {
        if ("en".equals(value) || "zh".equals(value)) {
            return value;
        }
        throw new TypeConversionException("unknown language '" + value + "' (use en or zh)");
    }
}
