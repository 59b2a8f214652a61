package fr.unicamp.webapp.ui.pathway;

import static org.assertj.core.api.Assertions.assertThat;

import fr.unicamp.catalogue.domain.pathway.PathwayKind;
import fr.unicamp.webapp.ui.pathway.HoursBar.Position;
import org.junit.jupiter.api.Test;

class HoursBarTest {

  @Test
  void a_bloc_short_of_fifty_hours_is_below_its_band() {
    HoursBar bar = new HoursBar(48, 48, PathwayKind.BLOC);

    assertThat(bar.position()).isEqualTo(Position.BELOW);
    assertThat(bar.withinBand()).isFalse();
  }

  @Test
  void optional_members_count_towards_the_minimum() {
    assertThat(new HoursBar(30, 50, PathwayKind.BLOC).position()).isEqualTo(Position.WITHIN);
    assertThat(new HoursBar(30, 49, PathwayKind.BLOC).position()).isEqualTo(Position.BELOW);
  }

  @Test
  void required_hours_over_the_maximum_are_above_the_band_whatever_the_total() {
    assertThat(new HoursBar(100, 130, PathwayKind.BLOC).position()).isEqualTo(Position.WITHIN);
    assertThat(new HoursBar(101, 101, PathwayKind.BLOC).position()).isEqualTo(Position.ABOVE);
    assertThat(new HoursBar(301, 301, PathwayKind.DIU).position()).isEqualTo(Position.ABOVE);
  }

  @Test
  void draws_the_band_and_the_hours_on_a_scale_a_fifth_wider_than_the_maximum() {
    HoursBar bar = new HoursBar(30, 60, PathwayKind.BLOC);

    assertThat(bar.bandStart()).isEqualTo("41.7%");
    assertThat(bar.bandWidth()).isEqualTo("41.7%");
    assertThat(bar.requiredWidth()).isEqualTo("25.0%");
    assertThat(bar.totalWidth()).isEqualTo("50.0%");
  }

  @Test
  void hours_beyond_the_scale_stretch_it_so_the_bar_never_overflows() {
    HoursBar bar = new HoursBar(40, 200, PathwayKind.BLOC);

    assertThat(bar.totalWidth()).isEqualTo("100.0%");
    assertThat(bar.requiredWidth()).isEqualTo("20.0%");
    assertThat(new HoursBar(0, 0, PathwayKind.DN).totalWidth()).isEqualTo("0.0%");
  }
}
