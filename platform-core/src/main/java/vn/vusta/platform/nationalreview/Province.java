package vn.vusta.platform.nationalreview;

/**
 * A province a report speaks for. A former province (merged in 2025) or a merged tenant's province is shown under
 * the province it is part of now.
 *
 * @param partOf     the code of the province it is shown under, or null for a province of its own
 * @param partOfName that province's name, or null
 */
public record Province(String code, String name, String partOf, String partOfName) {

    public boolean merged() {
        return partOf != null;
    }
}
