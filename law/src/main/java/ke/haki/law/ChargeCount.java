package ke.haki.law;

/** One count of a charge sheet, e.g. "s.8(1) as read with s.8(3) Sexual Offences Act". */
public record ChargeCount(String statute, boolean alternative) {}
