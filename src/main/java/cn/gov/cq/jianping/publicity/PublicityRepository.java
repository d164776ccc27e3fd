package cn.gov.cq.jianping.publicity;

import java.util.Collection;
import java.util.List;
import java.util.Optional;

import org.springframework.data.repository.Repository;

interface PublicityRepository extends Repository<Publicity, Long> {

	Publicity save(Publicity publicity);

	Optional<Publicity> findById(Long id);

	List<Publicity> findAllByOrderByIdDesc();

	List<Publicity> findByIdIn(Collection<Long> ids);

}
