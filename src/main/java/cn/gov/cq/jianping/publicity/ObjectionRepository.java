package cn.gov.cq.jianping.publicity;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface ObjectionRepository extends Repository<Objection, Long> {

	Objection save(Objection objection);

	Optional<Objection> findById(Long id);

	Optional<Objection> findByReceiptNumber(String receiptNumber);

	List<Objection> findByEntryIdOrderByIdAsc(long entryId);

	long countByEntryIdAndStatus(long entryId, Objection.Status status);

	List<Objection> findByStatusOrderByIdAsc(Objection.Status status);

	List<Objection> findByPersonalDataErasedAtIsNullAndDecidedAtBefore(Instant before);

	boolean existsByReceiptNumber(String receiptNumber);

}
