package fr.unicamp.webapp.ui.catalogue;

import fr.unicamp.catalogue.domain.microcertification.Authorship;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * The authorship as the edit page holds it: the co-producers chosen among the consortium's
 * universities, designers and tutors one per line, the brand. The rules are the domain's.
 */
public class AuthorshipForm implements Serializable {

  private static final long serialVersionUID = 1L;

  private List<String> coProducers = new ArrayList<>();
  private String designers;
  private String tutors;
  private String brand;

  static AuthorshipForm of(Authorship a) {
    AuthorshipForm f = new AuthorshipForm();
    f.coProducers = new ArrayList<>(a.coProducers());
    f.designers = Lines.join(a.designers());
    f.tutors = Lines.join(a.tutors());
    f.brand = a.brand();
    return f;
  }

  Authorship toAuthorship() {
    return new Authorship(coProducers, Lines.split(designers), Lines.split(tutors), brand);
  }

  public List<String> getCoProducers() {
    return coProducers;
  }

  public void setCoProducers(List<String> coProducers) {
    this.coProducers = coProducers == null ? new ArrayList<>() : new ArrayList<>(coProducers);
  }

  public String getDesigners() {
    return designers;
  }

  public void setDesigners(String designers) {
    this.designers = designers;
  }

  public String getTutors() {
    return tutors;
  }

  public void setTutors(String tutors) {
    this.tutors = tutors;
  }

  public String getBrand() {
    return brand;
  }

  public void setBrand(String brand) {
    this.brand = brand;
  }
}
