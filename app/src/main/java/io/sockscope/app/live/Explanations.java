package io.sockscope.app.live;

import io.sockscope.app.ui.I18n;
import io.sockscope.model.event.Failure;

/** A short explanation of a failed call: what the error kind means, then what the kernel said. */
final class Explanations {
    private Explanations() {
    }

    static String explain(I18n i18n, Failure f) {
        return i18n.t("live.error.line", f.socket(), f.call(), i18n.t("live.error." + f.kind().name()), f.message());
    }
}
