package ke.haki.law;

import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Kenya's 47 counties with their official codes (First Schedule, Constitution of Kenya 2010). */
public enum County {
    MOMBASA("001", "Mombasa"), KWALE("002", "Kwale"), KILIFI("003", "Kilifi"),
    TANA_RIVER("004", "Tana River"), LAMU("005", "Lamu"), TAITA_TAVETA("006", "Taita Taveta"),
    GARISSA("007", "Garissa"), WAJIR("008", "Wajir"), MANDERA("009", "Mandera"),
    MARSABIT("010", "Marsabit"), ISIOLO("011", "Isiolo"), MERU("012", "Meru"),
    THARAKA_NITHI("013", "Tharaka-Nithi"), EMBU("014", "Embu"), KITUI("015", "Kitui"),
    MACHAKOS("016", "Machakos"), MAKUENI("017", "Makueni"), NYANDARUA("018", "Nyandarua"),
    NYERI("019", "Nyeri"), KIRINYAGA("020", "Kirinyaga"), MURANGA("021", "Murang'a"),
    KIAMBU("022", "Kiambu"), TURKANA("023", "Turkana"), WEST_POKOT("024", "West Pokot"),
    SAMBURU("025", "Samburu"), TRANS_NZOIA("026", "Trans Nzoia"), UASIN_GISHU("027", "Uasin Gishu"),
    ELGEYO_MARAKWET("028", "Elgeyo-Marakwet"), NANDI("029", "Nandi"), BARINGO("030", "Baringo"),
    LAIKIPIA("031", "Laikipia"), NAKURU("032", "Nakuru"), NAROK("033", "Narok"),
    KAJIADO("034", "Kajiado"), KERICHO("035", "Kericho"), BOMET("036", "Bomet"),
    KAKAMEGA("037", "Kakamega"), VIHIGA("038", "Vihiga"), BUNGOMA("039", "Bungoma"),
    BUSIA("040", "Busia"), SIAYA("041", "Siaya"), KISUMU("042", "Kisumu"),
    HOMA_BAY("043", "Homa Bay"), MIGORI("044", "Migori"), KISII("045", "Kisii"),
    NYAMIRA("046", "Nyamira"), NAIROBI("047", "Nairobi");

    private static final Map<String, County> BY_CODE = Arrays.stream(values())
            .collect(Collectors.toUnmodifiableMap(County::code, Function.identity()));

    private final String code;
    private final String displayName;

    County(String code, String displayName) {
        this.code = code;
        this.displayName = displayName;
    }

    public String code() {
        return code;
    }

    public String displayName() {
        return displayName;
    }

    public static Optional<County> byCode(String code) {
        return Optional.ofNullable(code == null ? null : BY_CODE.get(code));
    }

    public static boolean isValidCode(String code) {
        return byCode(code).isPresent();
    }
}
