package vn.vusta.platform.events;

/**
 * Where an event was held: a commune and a province (no district since 1 July 2025) and, for what they do not say,
 * free text (the hall; the locality of an older record, "các xã thuộc huyện Vĩnh Bảo"). Any part may be missing.
 *
 * @param provinceName the name of {@code provinceCode}, for reading
 */
public record Place(String place, String commune, String provinceCode, String provinceName) {

    /** The parts there are, most precise first: "Hội trường UBND xã, xã Tân Liên, Hải Phòng". */
    public String written() {
        return String.join(", ", java.util.stream.Stream.of(place, commune, provinceName)
                .filter(part -> part != null && !part.isBlank()).toList());
    }
}
