package ke.haki.monitoring.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateInstance;

import ke.haki.monitoring.service.MonitorAccess;

/**
 * What every dashboard page shares: the layout's data (the monitor's language, the switch to the
 * other one, who is signed in), the chart and select rows the pages build, and the small text
 * helpers of their query strings.
 */
@ApplicationScoped
public class DashboardLayout {

    @Inject
    MonitorAccess access;

    @Inject
    DashboardLanguage language;

    /** A page in the monitor's language, with what the layout shows on every page. */
    TemplateInstance page(Template template) {
        DashboardLanguage.Lang current = language.current();
        DashboardLanguage.Lang other = current == DashboardLanguage.Lang.EN ? DashboardLanguage.Lang.SW : DashboardLanguage.Lang.EN;
        return template.instance().setLocale(current.locale())
                .data("lang", current.tag())
                .data("otherLang", other)
                .data("switchLink", "/dashboard/language?lang=" + other.tag() + "&back=" + encode(language.here()))
                .data("user", access.account());
    }

    /** The messages in the monitor's language. */
    DashboardMessages messages() {
        return language.messages();
    }

    /** One choice of a select whose text is made in Java. */
    public record Option(String value, String label, boolean selected) {}

    /** One bar of a server-rendered chart: its width in percent of the largest. */
    public record Bar(String code, String label, long value, int width) {}

    /** Where to go back to: a dashboard page of this site, else the alert queue. */
    static String back(String back) {
        return back != null && back.startsWith("/dashboard") && !back.startsWith("//") ? back : "/dashboard/alerts";
    }

    static int percent(long value, long max) {
        return (int) Math.round(100.0 * value / max);
    }

    static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    static String blank(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
