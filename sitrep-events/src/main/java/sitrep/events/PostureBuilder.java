package sitrep.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;
import sitrep.model.ActorRef;
import sitrep.model.DateValue;
import sitrep.model.Evidence;
import sitrep.model.Factuality;
import sitrep.model.Place;
import sitrep.model.PostureChange;
import sitrep.model.PostureRecord;
import sitrep.model.TriggerClass;
import sitrep.geo.gazetteer.GeoPoint;
import sitrep.nlp.lexicon.Actor;
import sitrep.nlp.lexicon.Lexicon;

/**
 * Force-posture records: who holds an installation and what changed there. Clauses with posture
 * triggers (reinforcements, expansion, a new base, withdrawal, forces stationed) become records for
 * a site or place; later clauses about the same holder and site (or a site in the same area) add
 * equipment, quantities and sources to the record instead of repeating it. A clause with neither
 * site nor place joins the record of the sentence before with the same holder, or is dropped:
 * a posture record must say where.
 */
final class PostureBuilder {
  private static final double SAME_AREA_KM = 60;

  private final DocumentView view;
  private final Map<String, Actor> actors = Lexicon.actors();

  private static final class Draft {
    @Nullable Actor holder;
    @Nullable Place site;
    @Nullable Place place;
    PostureChange change = PostureChange.PRESENT;
    final Set<String> equipment = new LinkedHashSet<>();
    @Nullable Long quantity;
    @Nullable DateValue date;
    Factuality factuality = Factuality.ASSERTED;
    Attribution.@Nullable Source source;
    final TreeSet<Integer> sentences = new TreeSet<>();
    int firstOffset;
  }

  PostureBuilder(DocumentView view) {
    this.view = view;
  }

  List<PostureRecord> build(List<Candidate> candidates) {
    List<Draft> drafts = new ArrayList<>();
    for (Candidate c : candidates) {
      if (!c.isPosture() || c.negated || c.hypothetical) {
        continue;
      }
      Place where = c.bestPlace();
      Actor holder = c.agent;
      if (holder == null && where != null && where.holder() != null) {
        holder = actors.get(where.holder());
      }
      Draft target = null;
      for (int i = drafts.size() - 1; i >= 0 && target == null; i--) {
        Draft d = drafts.get(i);
        boolean sameHolder = holder == null || d.holder == null || holder.id().equals(d.holder.id());
        if (!sameHolder) {
          continue;
        }
        if (where == null) {
          if (c.sentence - d.sentences.last() <= 1) {
            target = d;
          }
        } else if (sameSite(d, where)) {
          target = d;
        }
      }
      if (target == null) {
        if (where == null || where.isCountry()) {
          continue;
        }
        target = new Draft();
        target.firstOffset = c.firstTrigger();
        drafts.add(target);
      }
      absorb(target, c, where, holder);
    }
    List<PostureRecord> out = new ArrayList<>();
    for (Draft d : drafts) {
      out.add(finish(d));
    }
    return out;
  }

  private static boolean sameSite(Draft d, Place where) {
    Place mine = d.site != null ? d.site : d.place;
    if (mine == null) {
      return false;
    }
    if (where.isInstallation() && d.site != null) {
      return where.name().equals(d.site.name());
    }
    if (mine.latitude() == null || where.latitude() == null) {
      return mine.name().equalsIgnoreCase(where.name());
    }
    boolean near = GeoPoint.distanceKm(mine.latitude(), mine.longitude(), where.latitude(),
        where.longitude()) <= SAME_AREA_KM;
    boolean sameAdmin = mine.admin1() != null && mine.admin1().equals(where.admin1());
    return near || sameAdmin;
  }

  private static void absorb(Draft d, Candidate c, @Nullable Place where, @Nullable Actor holder) {
    d.sentences.add(c.sentence);
    if (d.holder == null) {
      d.holder = holder;
    }
    if (where != null) {
      if (where.isInstallation() && d.site == null) {
        d.site = where;
      }
      if (d.place == null || Coding.placeRank(where) > Coding.placeRank(d.place)) {
        d.place = where;
      }
    }
    PostureChange change = change(c);
    if (rank(change) > rank(d.change)) {
      d.change = change;
    }
    d.equipment.addAll(c.equipment);
    if (d.quantity == null) {
      d.quantity = c.quantity;
    }
    if (d.date == null) {
      d.date = c.date;
    }
    Attribution.Source src = c.claim == null ? null : c.claim.source();
    if (d.source == null && src != null) {
      d.source = src;
    }
    Factuality f = src != null ? Factuality.REPORTED
        : c.claim != null && c.claim.cues().contains(sitrep.model.CueType.REPORT)
            ? Factuality.REPORTED : Factuality.ASSERTED;
    if (f == Factuality.REPORTED) {
      d.factuality = Factuality.REPORTED;
    }
  }

  /** A new base is the strongest news, then reinforcements, expansion, a standing presence. */
  private static int rank(PostureChange c) {
    return switch (c) {
      case PRESENT -> 0;
      case EXPANDED -> 1;
      case WITHDRAWN -> 2;
      case REINFORCED -> 3;
      case ESTABLISHED -> 4;
    };
  }

  private static PostureChange change(Candidate c) {
    if (c.triggers.contains(TriggerClass.BASE_ESTABLISHED) && c.namesBase) {
      return PostureChange.ESTABLISHED;
    }
    if (c.triggers.contains(TriggerClass.REINFORCE)) {
      return PostureChange.REINFORCED;
    }
    if (c.triggers.contains(TriggerClass.WITHDRAW)) {
      return PostureChange.WITHDRAWN;
    }
    if (c.triggers.contains(TriggerClass.EXPAND) || c.triggers.contains(TriggerClass.BASE_ESTABLISHED)) {
      return PostureChange.EXPANDED;
    }
    return PostureChange.PRESENT;
  }

  private PostureRecord finish(Draft d) {
    List<Evidence> evidence = new ArrayList<>();
    for (int si : d.sentences) {
      evidence.add(view.evidence(si));
    }
    ActorRef holder = d.holder == null ? null
        : new ActorRef(d.holder.nameIn(d.place == null ? null : d.place.countryCode()),
            d.holder.countryCode(), d.holder.inter());
    double confidence = 0.5 + (d.holder != null ? 0.15 : 0) + (d.site != null ? 0.15 : 0)
        + (d.equipment.isEmpty() ? 0 : 0.1);
    return new PostureRecord(ClaimBuilder.id(view.doc.id(), d.firstOffset, "POSTURE"),
        view.doc.id(), d.site == null ? null : d.site.site(), holder, d.change,
        List.copyOf(d.equipment), d.quantity, d.date, d.place, d.factuality,
        d.source == null ? null : d.source.label(), view.language, evidence,
        Math.min(0.95, confidence));
  }
}
