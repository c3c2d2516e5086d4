package sitrep.model;

/**
 * A weapon or piece of equipment.
 *
 * @param id lexicon id ({@code rocket}, {@code ied}, {@code tank}, …)
 * @param weaponClass what kind of weapon it is
 * @param name the canonical English name used in posture records ("armored vehicles")
 */
public record WeaponMention(Span span, String text, String id, WeaponClass weaponClass, String name)
    implements Mention {}
