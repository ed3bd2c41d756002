package com.shopwarden.access;

import com.shopwarden.market.Market;
import com.shopwarden.market.ServedMarkets;
import com.shopwarden.problem.ProblemException;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * The markets this deployment serves, as every service sees them: legal time zone, languages,
 * currency, legal regimes and business days. Staff see the markets in their scope; account holders
 * and rights holders see every served market (the rules that apply to them are public).
 */
@Path("/api/v1/markets")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Markets")
@RolesAllowed({
  Roles.MODERATOR,
  Roles.SENIOR_MODERATOR,
  Roles.POLICY_ADMIN,
  Roles.IPR_AGENT,
  Roles.INVESTIGATOR,
  Roles.AUDITOR,
  Roles.SRE,
  Roles.SERVICE,
  Roles.CREATOR,
  Roles.SELLER,
  Roles.RIGHTS_HOLDER
})
public class MarketResource {

  /** Most days one calendar request may cover. */
  static final int MAX_CALENDAR_DAYS = 366;

  private final ServedMarkets served;
  private final MarketAccess access;
  private final CurrentCaller caller;

  public MarketResource(ServedMarkets served, MarketAccess access, CurrentCaller caller) {
    this.served = served;
    this.access = access;
    this.caller = caller;
  }

  @GET
  @Operation(summary = "The served markets within the caller's scope")
  public List<MarketView> list() {
    List<MarketView> visible = new ArrayList<>();
    Caller who = caller.get();
    for (Market market : served.markets()) {
      if (!who.isStaff() || who.coversMarket(market.code().name())) {
        visible.add(MarketView.of(market));
      }
    }
    visible.sort(Comparator.comparing(MarketView::code));
    return visible;
  }

  @GET
  @Path("/{code}")
  @Operation(summary = "One market's legal settings")
  public MarketView get(@PathParam("code") String code) {
    return MarketView.of(access.require(caller.get(), code));
  }

  @GET
  @Path("/{code}/calendar")
  @Operation(summary = "Business days and holidays of a market over a range of days")
  public CalendarView calendar(
      @PathParam("code") String code,
      @QueryParam("from") @NotNull String from,
      @QueryParam("days") @DefaultValue("31") @Min(1) @Max(MAX_CALENDAR_DAYS) int days) {
    Market market = access.require(caller.get(), code);
    LocalDate start;
    try {
      start = LocalDate.parse(from);
    } catch (DateTimeParseException e) {
      throw ProblemException.invalidField("from", "must be a date as YYYY-MM-DD");
    }
    return CalendarView.of(market, start, days);
  }
}
