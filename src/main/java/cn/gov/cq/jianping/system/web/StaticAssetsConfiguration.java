package cn.gov.cq.jianping.system.web;

import java.time.Duration;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.CacheControl;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.servlet.config.annotation.ResourceChainRegistration;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.resource.CssLinkResourceTransformer;
import org.springframework.web.servlet.resource.LiteWebJarsResourceResolver;
import org.springframework.web.servlet.resource.VersionResourceResolver;

/**
 * Static assets under content-versioned URLs ({@code /css/jianping-<md5>.css}), cached a
 * year and marked immutable: a changed file gets a new URL, so browsers never need to ask
 * again. Templates link with {@code @{/...}} and Boot's {@code ResourceUrlEncodingFilter}
 * writes the versioned URL. Only the asset folders are mapped (Boot's catch-all
 * {@code /**} mapping is off, {@code spring.web.resources.add-mappings=false}), so
 * rewriting a page's ordinary links costs one failed pattern match each, never a
 * classpath search.
 */
@Configuration(proxyBeanMethods = false)
class StaticAssetsConfiguration implements WebMvcConfigurer {

	static final CacheControl VERSIONED = CacheControl.maxAge(Duration.ofDays(365)).cachePublic().immutable();

	/** favicon.ico and robots.txt keep fixed names, so they may change within a day. */
	static final CacheControl FIXED_NAME = CacheControl.maxAge(Duration.ofDays(1)).cachePublic();

	static final String[] ASSET_FOLDERS = { "css", "js", "images" };

	static final String[] PUBLIC_FILES = { "/favicon.ico", "/robots.txt" };

	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		versioned(registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.setCacheControl(VERSIONED)
			.resourceChain(true)).addResolver(new LiteWebJarsResourceResolver());
		for (String folder : ASSET_FOLDERS) {
			versioned(registry.addResourceHandler("/" + folder + "/**")
				.addResourceLocations("classpath:/static/" + folder + "/")
				.setCacheControl(VERSIONED)
				.resourceChain(true));
		}
		registry.addResourceHandler(PUBLIC_FILES)
			.addResourceLocations("classpath:/static/")
			.setCacheControl(FIXED_NAME)
			.resourceChain(true);
	}

	private static ResourceChainRegistration versioned(ResourceChainRegistration chain) {
		return chain.addResolver(new VersionResourceResolver().addContentVersionStrategy("/**"))
			.addTransformer(new CssLinkResourceTransformer());
	}

	/**
	 * Anyone may read robots.txt and the favicon, without a session, ahead of the
	 * application's chain (which would send an anonymous visitor to the login page).
	 */
	@Bean
	@Order(2)
	SecurityFilterChain publicFilesSecurityFilterChain(HttpSecurity http) throws Exception {
		http.securityMatcher(PUBLIC_FILES)
			.authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
			.requestCache(cache -> cache.disable())
			.csrf(csrf -> csrf.disable());
		return http.build();
	}

}
