package io.sockscope.app.live;

/** A call the user can make on a socket or selector from its menu; {@code key} names its label. */
public enum Call {
    BIND("bind", "Shortcut+Shift+B"),
    LISTEN("listen", "Shortcut+Shift+L"),
    ACCEPT("accept", "Shortcut+Shift+A"),
    CONNECT("connect", "Shortcut+Shift+C"),
    FINISH_CONNECT("finishConnect", null),
    SEND("send", "Shortcut+Shift+S"),
    RECV("recv", "Shortcut+Shift+R"),
    SENDTO("sendto", null),
    RECVFROM("recvfrom", null),
    SHUTDOWN_INPUT("shutdownInput", null),
    SHUTDOWN_OUTPUT("shutdownOutput", null),
    NON_BLOCKING("nonBlocking", null),
    BLOCKING("blocking", null),
    REGISTER("register", null),
    SELECT("select", "Shortcut+Shift+E"),
    SET_OPTION("option", null),
    PROBE("probe", null),
    CLOSE("close", "Shortcut+Shift+W"),
    ABORT("abort", null);

    private final String key;
    private final String accelerator;

    Call(String key, String accelerator) {
        this.key = key;
        this.accelerator = accelerator;
    }

    /** Bundle key of the menu label. */
    public String labelKey() {
        return "live.call." + key;
    }

    /** Keyboard shortcut, or null. */
    public String accelerator() {
        return accelerator;
    }
}
