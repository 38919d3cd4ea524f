-- Revision 2 of FamilyPlanAdopted and FamilyPlanRevised changed the shape of a consent (who answered, whether the
-- plan was signed; the decision BY_LEGAL_REPRESENTATIVE is gone). A family plan view stored before holds consents in
-- the old shape, which the view no longer reads. The view is rebuilt from the event store, which is read through
-- ConsentUpcaster: emptied here, with the token of its processor, so that the processor starts again at the first
-- event. The event store itself is not touched.
delete from family_plan_view;
delete from token_entry where processor_name = 'family-plan';
