package io.sockscope.app.ui;

import io.sockscope.model.scenario.ScenarioCatalog;

/** What a session is called in the window's language: its scenario's title when it records a known one, else its name. */
final class SessionTitles {
    private SessionTitles() {
    }

    static String of(LoadedSession s, I18n i18n) {
        return ScenarioCatalog.find(s.scenario())
                .map(sc -> sc.title().in(i18n.language().tag()))
                .orElse(s.name());
    }
}
