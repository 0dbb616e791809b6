package ke.haki.law;

/** The suspect's relationship to the child: most perpetrators are known to the family. */
public enum SuspectRelationship {
    FAMILY_MEMBER,
    FAMILY_ACQUAINTANCE,
    NEIGHBOUR,
    TEACHER_OR_SCHOOL_WORKER,
    RELIGIOUS_LEADER,
    STRANGER,
    UNKNOWN
}
