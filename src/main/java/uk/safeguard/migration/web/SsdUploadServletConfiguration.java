package uk.safeguard.migration.web;

import jakarta.servlet.MultipartConfigElement;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.ServletRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

/**
 * A whole authority's SSD zip is far larger than a document, and the multipart limits are the servlet's: the two upload
 * addresses are mapped to a small servlet with its own limit ({@code safeguard.ssd.max-upload-size}, default 2GB,
 * written to a temporary file, never held in memory) that reads the upload and hands the request on to Spring MVC.
 * Documents keep the application's limits (spring.servlet.multipart.*) and their messages.
 */
@Configuration(proxyBeanMethods = false)
class SsdUploadServletConfiguration {
    static final String[] UPLOAD_PATHS = {"/api/imports/ssd", "/admin/imports"};

    @Bean
    ServletRegistrationBean<HttpServlet> ssdUploadServlet(@Value("${safeguard.ssd.max-upload-size:2GB}") DataSize max) {
        ServletRegistrationBean<HttpServlet> bean = new ServletRegistrationBean<>(new UploadServlet(), UPLOAD_PATHS);
        bean.setName("ssdUploads");
        bean.setMultipartConfig(new MultipartConfigElement("", max.toBytes(), max.toBytes(), 0));
        return bean;
    }

    static final class UploadServlet extends HttpServlet {
        @Override
        protected void service(HttpServletRequest request, HttpServletResponse response) throws ServletException, IOException {
            String type = request.getContentType();
            if (type != null && type.toLowerCase().startsWith("multipart/")) {
                try {
                    request.getParts(); // parsed here, under this servlet's limit; Spring MVC finds them parsed
                } catch (IllegalStateException | IOException | ServletException e) {
                    // too large or malformed: Spring MVC meets the same failure and answers it (400 naming file)
                }
            }
            request.getServletContext().getNamedDispatcher("dispatcherServlet").forward(request, response);
        }
    }
}
