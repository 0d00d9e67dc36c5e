package vn.vusta.platform.servicecounts;

/** A kind of counted service as the user names it, with what one of it is called ("vụ việc", "báo cáo"). */
public record KindDraft(String name, String unitOfCount) {
}
