package nl.maakmatch.api.deal;

import jakarta.annotation.security.RolesAllowed;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import nl.maakmatch.api.Languages;
import nl.maakmatch.api.document.DocumentView;
import nl.maakmatch.api.problem.InvalidInput;
import nl.maakmatch.api.problem.ProblemMessages;
import nl.maakmatch.domain.access.Actor;
import nl.maakmatch.domain.deal.AnswerKind;
import nl.maakmatch.domain.deal.DealService;
import nl.maakmatch.domain.deal.DealService.Listed;
import nl.maakmatch.domain.deal.DealService.Seen;
import nl.maakmatch.domain.deal.DeclineReason;
import nl.maakmatch.domain.deal.Introduction;
import nl.maakmatch.domain.deal.IntroductionEntry;
import nl.maakmatch.domain.deal.Party;
import nl.maakmatch.domain.deal.SharedPart;
import nl.maakmatch.domain.document.DocumentService;
import nl.maakmatch.matching.text.Listing;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponseSchema;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * Introductions as their parties see them: a firm's users its firm's, an adviser its caseload's, a
 * financier its organisation's inbox. Anyone else gets 404 for every introduction.
 */
@Path("/v1/introductions")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequestScoped
@RolesAllowed({"firm", "adviser", "financier"})
@Tag(name = "Introductions", description = "Plans introduced to financiers, answers and offers")
public class IntroductionResource {

  @Inject DealService deals;
  @Inject DocumentService documents;
  @Inject Actor actor;
  @Inject Clock clock;
  @Context HttpHeaders headers;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary =
          "The caller's introductions: a firm's, an adviser's caseload's, or the financier's"
              + " inbox with overdue ones first")
  public List<IntroductionView> list() {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Locale locale = Languages.of(headers);
    return deals.list(actor).stream().map(l -> IntroductionView.of(l, now, locale)).toList();
  }

  @GET
  @Path("/{id}")
  @Operation(
      summary =
          "The dossier: what was shared, the stored match, the answers and the timeline; a"
              + " financier's first look marks it SEEN")
  public DossierView get(@PathParam("id") UUID id) {
    Seen seen = deals.introduction(actor, id);
    Introduction introduction = seen.introduction();
    List<DocumentView> shownDocuments =
        seen.party() != Party.FINANCIER || introduction.shares(SharedPart.DOCUMENTS)
            ? documents.documentsOf(actor, introduction.firmId(), introduction.planId()).stream()
                .map(DocumentView::of)
                .toList()
            : null;
    return DossierView.of(
        seen,
        shownDocuments,
        OffsetDateTime.now(clock),
        LocalDate.now(clock),
        Languages.of(headers));
  }

  @POST
  @Path("/{id}/answers")
  @Operation(
      summary =
          "The financier's answer: INTERESTED, NEEDS_INFO, DECLINED (with a reason) or OFFER"
              + " (with its terms)")
  @APIResponseSchema(value = IntroductionView.class, responseCode = "201")
  public Response answer(
      @PathParam("id") UUID id, @NotNull(message = "{maakmatch.required}") @Valid AnswerRequest a) {
    checkAnswer(a);
    Introduction answered =
        deals.answer(
            actor,
            id,
            a.kind(),
            Optional.ofNullable(a.reason()),
            Optional.ofNullable(a.text()).filter(t -> !t.isBlank()),
            Optional.ofNullable(a.offer()).map(OfferInput::toOffer));
    return Response.status(Response.Status.CREATED).entity(view(answered)).build();
  }

  @POST
  @Path("/{id}/messages")
  @Operation(summary = "A question or answer in the introduction's thread")
  @APIResponseSchema(value = TimelineEntryView.class, responseCode = "201")
  public Response message(
      @PathParam("id") UUID id,
      @NotNull(message = "{maakmatch.required}") @Valid MessageRequest request) {
    IntroductionEntry posted = deals.post(actor, id, request.text());
    return Response.status(Response.Status.CREATED)
        .entity(TimelineEntryView.of(posted, Languages.of(headers)))
        .build();
  }

  @POST
  @Path("/{id}/decision")
  @Operation(summary = "The firm accepts or rejects the offer on the table")
  public IntroductionView decide(
      @PathParam("id") UUID id,
      @NotNull(message = "{maakmatch.required}") @Valid DecisionRequest request) {
    return view(deals.decide(actor, id, request.accept()));
  }

  @POST
  @Path("/{id}/withdraw")
  @Operation(summary = "The firm withdraws: the financier's access ends at once")
  public IntroductionView withdraw(@PathParam("id") UUID id) {
    return view(deals.withdraw(actor, id));
  }

  @POST
  @Path("/{id}/funded")
  @Operation(summary = "The financier reports the money paid out; the plan is funded")
  public IntroductionView funded(@PathParam("id") UUID id, @Valid FundedRequest request) {
    return view(
        deals.funded(actor, id, Optional.ofNullable(request).map(FundedRequest::amountEur)));
  }

  @POST
  @Path("/{id}/reroute")
  @Operation(
      summary =
          "After a decline or an overdue answer: introduce the plan to another organisation in"
              + " one step, with the same parts shared")
  @APIResponseSchema(value = IntroductionView.class, responseCode = "201")
  public Response reroute(
      @PathParam("id") UUID id,
      @NotNull(message = "{maakmatch.required}") @Valid RerouteRequest request) {
    Introduction next = deals.reroute(actor, id, request.organisation(), request.message());
    return Response.created(uri.getBaseUriBuilder().path("v1/introductions/{id}").build(next.id()))
        .entity(view(next))
        .build();
  }

  private IntroductionView view(Introduction introduction) {
    return IntroductionView.of(
        new Listed(introduction, deals.partyOf(actor, introduction), Optional.empty()),
        OffsetDateTime.now(clock),
        Languages.of(headers));
  }

  /** A decline names its reason and an offer its terms; neither goes with another answer. */
  private void checkAnswer(AnswerRequest answer) {
    if (answer.kind() == AnswerKind.DECLINED && answer.reason() == null) {
      throw new InvalidInput(
          "reason",
          ProblemMessages.TEXT.get(
              "input.declineReason",
              Listing.of(Arrays.stream(DeclineReason.values()).map(Enum::name).toList())));
    }
    if (answer.kind() != AnswerKind.DECLINED && answer.reason() != null) {
      throw new InvalidInput("reason", ProblemMessages.TEXT.get("input.onlyWithDecline"));
    }
    if (answer.kind() == AnswerKind.OFFER && answer.offer() == null) {
      throw new InvalidInput("offer", ProblemMessages.TEXT.get("input.offerTerms"));
    }
    if (answer.kind() != AnswerKind.OFFER && answer.offer() != null) {
      throw new InvalidInput("offer", ProblemMessages.TEXT.get("input.onlyWithOffer"));
    }
    if (answer.offer() != null && answer.offer().validUntil().isBefore(LocalDate.now(clock))) {
      throw new InvalidInput("offer.validUntil", ProblemMessages.TEXT.get("input.notPast"));
    }
  }
}
