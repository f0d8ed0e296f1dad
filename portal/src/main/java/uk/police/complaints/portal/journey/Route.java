package uk.police.complaints.portal.journey;

/** Where a page leads when its condition holds; a page's routes are tried in order. */
public record Route(String target, Condition condition) {

    public static Route to(String target) {
        return new Route(target, Condition.always());
    }

    public static Route when(Condition condition, String target) {
        return new Route(target, condition);
    }
}
