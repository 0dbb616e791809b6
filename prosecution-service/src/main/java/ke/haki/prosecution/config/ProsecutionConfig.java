package ke.haki.prosecution.config;

import java.time.ZoneId;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Settings of the prosecution service. */
@ConfigMapping(prefix = "haki.prosecution")
public interface ProsecutionConfig {

    /** The time zone whose calendar year numbers ODPP files. */
    @WithDefault("Africa/Nairobi")
    ZoneId zone();
}
