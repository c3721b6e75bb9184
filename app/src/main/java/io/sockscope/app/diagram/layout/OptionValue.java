package io.sockscope.app.diagram.layout;

/** A socket option as asked for, as Java reports it, and as the kernel holds it. */
public record OptionValue(String asked, String reported, String kernel) {
}
