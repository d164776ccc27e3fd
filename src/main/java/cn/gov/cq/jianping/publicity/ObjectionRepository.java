package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;
import org.springframework.data.repository.query.Param;

interface ObjectionRepository extends Repository<Objection, Long> {

	Objection save(Objection objection);

	Optional<Objection> findById(Long id);

	Optional<Objection> findByReceiptNumber(String receiptNumber);

	List<Objection> findByEntryIdOrderByIdAsc(long entryId);

	long countByEntryIdAndStatus(long entryId, Objection.Status status);

	/** The open and all objections of each of these entries, in one statement. */
	@Query(value = """
			select entry_id as entryId, count(*) filter (where status = 'SUBMITTED') as open, count(*) as total
			from objection where entry_id in (:entryIds) group by entry_id""", nativeQuery = true)
	List<EntryCounts> countByEntries(@Param("entryIds") Collection<Long> entryIds);

	/** How many objections an entry has, and how many of them await a decision. */
	interface EntryCounts {

		long getEntryId();

		long getOpen();

		long getTotal();

	}

	List<Objection> findByStatusOrderByIdAsc(Objection.Status status);

	List<Objection> findByPersonalDataErasedAtIsNullAndDecidedAtBefore(Instant before);

	boolean existsByReceiptNumber(String receiptNumber);

	/**
	 * Locks the entry's row until the transaction ends and reads its status as committed:
	 * filing an objection and confirming the entry both take this lock, so an objection
	 * committed by the deadline is always counted by the confirmation.
	 */
	@Query(value = "select status from publicity_entry where id = :entryId for update", nativeQuery = true)
	String lockEntryStatus(@Param("entryId") long entryId);

}
