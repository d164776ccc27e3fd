package cn.gov.cq.jianping.publicity;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import cn.gov.cq.jianping.identity.CurrentUser;
import cn.gov.cq.jianping.publicity.model.EntryStatusShown;
import cn.gov.cq.jianping.publicity.model.DayKind;
import cn.gov.cq.jianping.publicity.model.PublicityPeriod;
import cn.gov.cq.jianping.scoring.model.Grade;
import cn.gov.cq.jianping.shared.Districts;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * 第十二条: the publicities and their entries as the pages read them; opening one is
 * {@link PublicityOpenings}' work (10 natural days by default).
 */
@Service
public class Publicities {

	private final PublicityRepository publicities;

	private final PublicityEntryRepository entries;

	private final ObjectionRepository objections;

	private final PublicityOpenings openings;

	private final Clock clock;

	Publicities(PublicityRepository publicities, PublicityEntryRepository entries, ObjectionRepository objections,
			PublicityOpenings openings, Clock clock) {
		this.publicities = publicities;
		this.entries = entries;
		this.objections = objections;
		this.openings = openings;
		this.clock = clock;
	}

	/** An entry as the pages show it. */
	public record EntryView(long id, long publicityId, long caseId, String institutionName, String creditCode,
			String institutionType, String district, BigDecimal total, Grade grade, String status, boolean underNotice,
			LocalDate start, LocalDate lastDay, String closingTime, long openObjections, long objections,
			String lengthNote) {
	}

	/** A publicity with its entries. */
	public record PublicityView(long id, long roundId, String title, LocalDate start, LocalDate lastDay, int days,
			DayKind dayKind, String closingTime, boolean open, boolean ended, List<EntryView> entries,
			String lengthNote) {
	}

	/**
	 * Opens a publicity for approved cases of a round: all of them when {@code caseIds}
	 * is empty.
	 */
	/**
	 * Opens a publicity of the round's approved results not yet published (all, or those
	 * chosen).
	 */
	public long open(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days, DayKind kind) {
		return this.openings.open(user, roundId, caseIds, start, days, kind);
	}

	/**
	 * The outcome of opening a publicity from the form: its id, or the field at fault and
	 * why.
	 */
	public record Opening(Long publicityId, FieldProblem refusal) {

		public boolean opened() {
			return this.publicityId != null;
		}

	}

	/**
	 * As {@link #open}, for the bureau's form: a refusal names its field instead of being
	 * thrown.
	 */
	public Opening openFromForm(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind) {
		return this.openings.openFromForm(user, roundId, caseIds, start, days, kind, null);
	}

	/**
	 * As {@link #openFromForm}, with the reason 第十二条 asks for a length other than 10
	 * natural days.
	 */
	public Opening openFromForm(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind, String lengthReason) {
		return this.openings.openFromForm(user, roundId, caseIds, start, days, kind, lengthReason);
	}

	/**
	 * Records a publicity held before its results were entered here; its period must be
	 * over.
	 */
	public long recordPast(CurrentUser user, long roundId, List<Long> caseIds, LocalDate start, Integer days,
			DayKind kind) {
		return this.openings.recordPast(user, roundId, caseIds, start, days, kind);
	}

	/** What is under publicity right now, for the public page. */
	@Transactional(readOnly = true)
	public List<EntryView> underNoticeNow() {
		List<PublicityEntry> open = this.entries.findByStatusOrderByIdAsc(PublicityEntry.Status.UNDER_NOTICE);
		Map<Long, Publicity> byId = publicitiesOf(open);
		List<PublicityEntry> shown = open.stream()
			.filter(e -> byId.get(e.getPublicityId()).period().isOpenAt(this.clock.instant()))
			.toList();
		Map<Long, ObjectionRepository.EntryCounts> counts = objectionCounts(shown);
		return shown.stream().map(e -> toView(e, byId.get(e.getPublicityId()), counts.get(e.getId()))).toList();
	}

	@Transactional(readOnly = true)
	public List<PublicityView> list() {
		return this.publicities.findAllByOrderByIdDesc().stream().map(this::toView).toList();
	}

	@Transactional(readOnly = true)
	public PublicityView view(long publicityId) {
		return toView(
				this.publicities.findById(publicityId).orElseThrow(() -> new PublicityNotFoundException("公示不存在")));
	}

	@Transactional(readOnly = true)
	public EntryView entry(long entryId) {
		PublicityEntry entry = this.entries.findById(entryId)
			.orElseThrow(() -> new PublicityNotFoundException("未找到公示条目"));
		return toView(entry, this.publicities.findById(entry.getPublicityId()).orElseThrow());
	}

	/** Several entries by id, read in a fixed number of statements. */
	@Transactional(readOnly = true)
	public Map<Long, EntryView> entries(Collection<Long> entryIds) {
		if (entryIds.isEmpty()) {
			return Map.of();
		}
		List<PublicityEntry> found = this.entries.findByIdIn(entryIds);
		Map<Long, Publicity> byId = publicitiesOf(found);
		Map<Long, ObjectionRepository.EntryCounts> counts = objectionCounts(found);
		return found.stream()
			.collect(Collectors.toMap(PublicityEntry::getId,
					e -> toView(e, byId.get(e.getPublicityId()), counts.get(e.getId()))));
	}

	private PublicityView toView(Publicity publicity) {
		PublicityPeriod period = publicity.period();
		List<PublicityEntry> entries = this.entries.findByPublicityIdOrderByInstitutionNameAsc(publicity.getId());
		Map<Long, ObjectionRepository.EntryCounts> counts = objectionCounts(entries);
		List<EntryView> views = entries.stream().map(e -> toView(e, publicity, counts.get(e.getId()))).toList();
		return new PublicityView(publicity.getId(), publicity.getRoundId(), publicity.getTitle(), period.start(),
				period.lastDay(), period.days(), period.kind(), closing(period), period.isOpenAt(this.clock.instant()),
				period.hasEndedAt(this.clock.instant()), views, publicity.lengthNote());
	}

	EntryView toView(PublicityEntry entry, Publicity publicity) {
		return toView(entry, publicity, objectionCounts(List.of(entry)).get(entry.getId()));
	}

	/**
	 * The objection counts of the entries in one statement (not two per entry), by entry
	 * id; an entry without objections has none.
	 */
	private Map<Long, ObjectionRepository.EntryCounts> objectionCounts(List<PublicityEntry> entries) {
		if (entries.isEmpty()) {
			return Map.of();
		}
		return this.objections.countByEntries(entries.stream().map(PublicityEntry::getId).toList())
			.stream()
			.collect(Collectors.toMap(ObjectionRepository.EntryCounts::getEntryId, Function.identity()));
	}

	private EntryView toView(PublicityEntry entry, Publicity publicity, ObjectionRepository.EntryCounts counts) {
		PublicityPeriod period = publicity.period();
		boolean underNotice = entry.getStatus() == PublicityEntry.Status.UNDER_NOTICE
				&& period.isOpenAt(this.clock.instant());
		return new EntryView(entry.getId(), publicity.getId(), entry.getCaseId(), entry.getInstitutionName(),
				entry.getCreditCode(), entry.getInstitutionType(),
				entry.getDistrictCode() == null ? "市级" : Districts.all().nameOf(entry.getDistrictCode()),
				entry.getTotal(), entry.getGrade(),
				EntryStatusShown.of(entry.getStatus() == PublicityEntry.Status.UNDER_NOTICE, entry.getStatus().label(),
						period, this.clock.instant()),
				underNotice, period.start(), period.lastDay(), closing(period), counts == null ? 0 : counts.getOpen(),
				counts == null ? 0 : counts.getTotal(), publicity.lengthNote());
	}

	private Map<Long, Publicity> publicitiesOf(List<PublicityEntry> entries) {
		return this.publicities
			.findByIdIn(entries.stream().map(PublicityEntry::getPublicityId).collect(Collectors.toSet()))
			.stream()
			.collect(Collectors.toMap(Publicity::getId, Function.identity()));
	}

	private static String closing(PublicityPeriod period) {
		return period.lastDay() + " 23:59:59";
	}

	static List<Long> ids(List<EntryView> views) {
		List<Long> ids = new ArrayList<>();
		views.forEach(v -> ids.add(v.id()));
		return ids;
	}

}
