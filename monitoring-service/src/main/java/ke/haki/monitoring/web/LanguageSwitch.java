package ke.haki.monitoring.web;

import java.net.URI;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import ke.haki.kit.problem.ProblemException;
import ke.haki.kit.security.Roles;

/** The dashboard's language switch, which every page's layout links to. */
@Path("/dashboard")
@RolesAllowed(Roles.NGEC_MONITOR)
@Produces(MediaType.TEXT_HTML)
public class LanguageSwitch {

    /**
     * Switches the dashboard's language: remembered in a cookie for a year, then back to the page the
     * monitor was on.
     */
    @GET
    @Path("/language")
    public Response switchLanguage(@QueryParam("lang") String lang, @QueryParam("back") String back) {
        DashboardLanguage.Lang chosen = DashboardLanguage.Lang.byTag(lang)
                .orElseThrow(() -> ProblemException.invalid("lang", "en or sw"));
        NewCookie cookie = new NewCookie.Builder(DashboardLanguage.COOKIE).value(chosen.tag()).path("/dashboard")
                .maxAge(365 * 24 * 3600).httpOnly(true).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(DashboardLayout.back(back))).cookie(cookie).build();
    }
}
