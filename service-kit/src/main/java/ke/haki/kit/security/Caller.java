package ke.haki.kit.security;

import java.util.Optional;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.jwt.JsonWebToken;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Who is calling, from the access token: the account, its roles, and the agency, county and
 * station or office claims that scope what it may see.
 */
@RequestScoped
public class Caller {

    public static final String CLAIM_AGENCY = "agency";
    public static final String CLAIM_COUNTY = "county_code";
    public static final String CLAIM_STATION = "station_code";
    public static final String CLAIM_OFFICE = "office_code";

    @Inject
    SecurityIdentity identity;

    /** A stable name of the calling account (user name, or the agency system's client id). */
    public String account() {
        return claim("preferred_username")
                .or(() -> claim("azp"))
                .orElseGet(() -> identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName());
    }

    public boolean hasRole(String role) {
        return identity.hasRole(role);
    }

    public Optional<String> agency() {
        return claim(CLAIM_AGENCY);
    }

    public Optional<String> countyCode() {
        return claim(CLAIM_COUNTY);
    }

    public Optional<String> stationCode() {
        return claim(CLAIM_STATION);
    }

    public Optional<String> officeCode() {
        return claim(CLAIM_OFFICE);
    }

    public Optional<String> claim(String name) {
        if (identity.getPrincipal() instanceof JsonWebToken jwt) {
            Object value = jwt.getClaim(name);
            if (value != null && !value.toString().isBlank()) {
                return Optional.of(value.toString());
            }
        }
        Object attribute = identity.getAttribute(name);
        return attribute == null ? Optional.empty() : Optional.of(attribute.toString());
    }
}
