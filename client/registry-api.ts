// Generated from the registry's OpenAPI document by openapi-typescript (npm run api:types). Do not edit.

export interface paths {
    "/api/agencies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The three SAR agencies
         * @description The three SAR agencies with their Module 3 and Module 4 blocks
         */
        get: operations["listAgencies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One agency
         * @description One agency with its Module 3 (RCC) and Module 4 (facilities) blocks and its plan defaults; its ETag is the one to send in If-Match to change a block
         */
        get: operations["getAgency"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{code}/certificates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An agency's signing certificates
         * @description The certificates the agency's copies are signed under, newest first: the one in force and those retired, each with the certificates above it. Anyone holding a copy checks its signature against these; no token needed.
         */
        get: operations["listAgencyCertificates"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{code}/facilities": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an agency's SAR facilities (Module 4)
         * @description Replace the agency's Module 4 block (SAR facilities); that agency's registrars only, with If-Match
         */
        put: operations["replaceAgencyFacilities"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{code}/rcc": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Replace an agency's RCC block (Module 3)
         * @description Replace the agency's Module 3 block (its RCC); that agency's registrars only, with If-Match
         */
        put: operations["replaceAgencyRcc"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/agencies/{code}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Set an agency's plan defaults
         * @description The agency's defaults for its plans: the Chinese script they print in and the agreed exercise interval; that agency's registrars only, with If-Match
         */
        put: operations["replaceAgencySettings"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrangement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The mutual-recognition arrangement
         * @description The mutual-recognition arrangement: its signature pairs, their dates, and the plans each side recognises
         */
        get: operations["getArrangement"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrangement/pairs/{pair}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One signature block
         * @description One signature pair, with its ETag
         */
        get: operations["getSignaturePair"];
        /**
         * Record a block's signing
         * @description Record a pair's signing: an admin of one of its two agencies; it counts once the other agency's admin confirms it
         */
        put: operations["recordSigning"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrangement/pairs/{pair}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Cancel a recorded signing
         * @description Cancel a recorded signing not yet confirmed (an admin of either agency of the block)
         */
        post: operations["cancelSigning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/arrangement/pairs/{pair}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a block's signing
         * @description Confirm the signing the other agency recorded (an admin of the block's other agency): from then on every issued plan between the two is recognised
         */
        post: operations["confirmSigning"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/audit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The audit trail
         * @description The audit trail, newest first: registrars and an agency's admins see their own agency's records, a registry-wide admin all
         */
        get: operations["listAuditEvents"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The changes feed
         * @description Every plan issued, revised or withdrawn and every ship transferred, oldest first, after a cursor. With `wait`, an empty answer is held until a change comes or the seconds run out (long polling). Read from the audit trail, so a client that was away catches up from its last cursor without loss. Operators see their own company's ships.
         */
        get: operations["listChanges"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List companies
         * @description Companies, in id order, a page at a time (operators see only their own)
         */
        get: operations["listCompanies"];
        put?: never;
        /**
         * Register a company
         * @description Register a company (Module 1); registrars of its home agency only
         */
        post: operations["registerCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/companies/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One company
         * @description One company with its Module 1 (24-hour numbers, designated person, emergency team, media contact); operators see only their own; the ETag is for If-Match
         */
        get: operations["getCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a company
         * @description Change a company; needs If-Match with the ETag of the last read
         */
        patch: operations["changeCompany"];
        trace?: never;
    };
    "/api/exercises/due": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Exercises overdue or falling due
         * @description Plans whose next exercise is overdue or falls due within the period
         */
        get: operations["listExercisesDue"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Export the agency's ships, companies or plans
         * @description Ships and companies in the template's columns (so an export imports back unchanged); plans with their status, staleness, recognition by each agency and next exercise due. Registrars only, their own agency's.
         */
        get: operations["exportFleet"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Upload a filled template and check it
         * @description The file (XLSX or UTF-8 CSV, at most 5 MiB) is checked row by row and column by column with the same rules and messages as the API, and kept; nothing is registered until the import is confirmed. A ship's company is named by its id, its IMO company number or its exact English name; its ports by code or name. Registrars only, for their own area.
         */
        post: operations["checkFleetImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * An import: its problems, progress and report
         * @description While importing, `processed` counts the rows done; once done, `report` lists what was created and what was skipped and why.
         */
        get: operations["getFleetImport"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/imports/{id}/abandon": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Abandon an interrupted import
         * @description The rows written so far stay registered; the others are not written. The report says which.
         */
        post: operations["abandonFleetImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/imports/{id}/confirm": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Confirm a checked import
         * @description Registers each row without a problem, each in a transaction of its own with its audit event; rows with problems are skipped. Answers at once; follow the import's progress with getFleetImport.
         */
        post: operations["confirmFleetImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/imports/{id}/resume": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Carry on an interrupted import
         * @description Writes the rows that have no outcome yet, from where the import stopped; the rows already written are not written again. Answers at once.
         */
        post: operations["resumeFleetImport"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/fleet/template": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A template to fill with ships or companies
         * @description Two header rows: each column's label in Chinese and English (required ones marked *), then the column keys the import reads. Registrars only.
         */
        get: operations["getFleetTemplate"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/incident-book": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The incident book, for when the registry cannot be reached
         * @description Every ship not withdrawn, one incident card each (names in both scripts, identifiers, state, route, the ship's, the company's and the designated person's numbers), by name, with an index by MMSI, call sign and IMO number and the three centres' 24-hour numbers and the moment it was made on every page. As an A4 PDF, or as one self-contained HTML file that filters as one types. Operators get their own company's ships.
         */
        get: operations["getIncidentBook"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Find a ship and who to call
         * @description Find a ship by any fragment of a name (Chinese, traditional or simplified, or English) or identifier, and see who to call
         */
        get: operations["lookupVessels"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency's people
         * @description An agency's admins see its staff and the operators of the companies registered with it.
         */
        get: operations["listPeople"];
        put?: never;
        /**
         * Open an account
         * @description An agency's admin opens an account for its own staff (registrar, coordinator, admin) or an operator of a company registered with it, and gets the one-time link to pass on.
         */
        post: operations["createPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One person
         * @description One of the agency's people, for its admins.
         */
        get: operations["getPerson"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Disable an account
         * @description Ends the person's sessions and revokes their tokens at once. Not your own account.
         */
        post: operations["disablePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Enable an account again
         * @description Lets the person sign in again with their password and second factor.
         */
        post: operations["enablePerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/reset": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Reset an account
         * @description Clears the password and the second factor, ends the sessions, lifts sign-in locks, and gives a new one-time link to pass on.
         */
        post: operations["resetPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/{id}/unlock": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Lift a person's sign-in locks
         * @description Lifts the locks ten failed sign-ins put on the person from some address, and forgets every failure counted for them. Audited.
         */
        post: operations["unlockPerson"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/people/sign-in-policy": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Your agency's sign-in policy
         * @description Which roles must have a second factor in your agency; admins only
         */
        get: operations["getSignInPolicy"];
        /**
         * Set your agency's sign-in policy
         * @description Adds coordinators or operators (or both, or neither) to the roles that must have a second factor. From their next page, those without one are asked to set one up before anything else.
         */
        put: operations["setSignInPolicy"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List plans
         * @description Plans, with their status, staleness and recognition (operators see their own company's)
         */
        get: operations["listPlans"];
        put?: never;
        /**
         * Open a ship's plan
         * @description Open a vessel's plan with a first draft, prefilled from the vessel and company records
         */
        post: operations["openPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One plan
         * @description One plan: status, current issued revision, open draft, record of amendments, recognition, exercises
         */
        get: operations["getPlan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/draft": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Open the next revision as a draft
         * @description Open the next revision as a draft, starting from the last one
         */
        post: operations["openDraft"];
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Edit the open draft
         * @description Edit the open draft's plan-specific content; an issued revision never changes (409)
         */
        patch: operations["editDraft"];
        trace?: never;
    };
    "/api/plans/{id}/exercises": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Record an exercise
         * @description Record a planned or held exercise (Module 5)
         */
        post: operations["recordExercise"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/exercises/{exerciseId}/held": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Mark a planned exercise as held
         * @description A planned exercise was held: it becomes the held one, not a second entry
         */
        post: operations["markExerciseHeld"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/issue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Issue the open draft
         * @description Issue the open draft: refused (422 plan_not_ready) with every missing item while any module is incomplete. Issuing needs more than registering: GET /api/plans/{id}/readiness lists what is still missing and where to complete it
         */
        post: operations["issuePlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/readiness": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * What issuing the open draft still needs
         * @description Registering a company or a ship needs less than issuing its plan. Issuing also needs, among others: the company's alternate 24-hour number, the ship's EPIRB ID and medical facilities, the route's notes, and every agency's Module 3 and 4 blocks complete. This lists each item still missing, where to complete it, and the change the registry proposes; the home agency's registrars only
         */
        get: operations["checkIssueReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/recognitions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A plan's recognition by the other agencies
         * @description Recognition of each issued revision by the other two agencies, under the arrangement
         */
        get: operations["listRecognitions"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/revisions/{rev}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One revision of a plan
         * @description One revision; an issued one with the snapshot of everything it prints
         */
        get: operations["getRevision"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/revisions/{rev}/copies": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The five copies of a revision
         * @description The five controlled copies of an issued revision, with their checksums and holders' acknowledgements
         */
        get: operations["listCopies"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/revisions/{rev}/copies/{n}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Download one copy
         * @description Download one copy as PDF: each agency its own copy, the home registrars all five, the operator copies 4 and 5
         */
        get: operations["downloadCopy"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/revisions/{rev}/copies/{n}/acknowledgement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Acknowledge receipt of a copy
         * @description The holder acknowledges receipt of its copy
         */
        post: operations["acknowledgeCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/{id}/settings": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Set a plan's script and exercise interval
         * @description The plan's own document script and agreed exercise interval (null: the compiling agency's)
         */
        patch: operations["setPlanSettings"];
        trace?: never;
    };
    "/api/plans/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Withdraw a plan
         * @description Withdraw the plan (the ship leaves the service)
         */
        post: operations["withdrawPlan"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/plans/reissue-after-agency-changes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Re-issue the plans an agency's change made stale
         * @description Re-issue, as a minor revision each, every plan of the registrar's agency that is out of date only because an agency changed its Module 3 or 4 block
         */
        post: operations["reissueAfterAgencyChanges"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Passenger terminals
         * @description Passenger terminals a route may use, with the area each lies in
         */
        get: operations["listPorts"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List proposals
         * @description Proposals, newest first: a registrar's agency's, an operator's company's
         */
        get: operations["listProposals"];
        put?: never;
        /**
         * Propose a change
         * @description Propose a change to your company's Module 1 or a ship's Module 2 (operators), for the home agency to approve
         */
        post: operations["proposeChange"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One proposal
         * @description One proposal, each proposed value beside the current one
         */
        get: operations["getProposal"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Approve or reject a proposal
         * @description Approve (applies the change as yours) or reject with a reason; the home agency's registrars; needs If-Match
         */
        post: operations["decideProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/proposals/{id}/withdraw": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take back a proposal
         * @description Take back your own open proposal (operators); needs If-Match
         */
        post: operations["withdrawProposal"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Releases waiting at your agency
         * @description Releases waiting at your agency: ships released to it and by it, not yet accepted (registrars)
         */
        get: operations["listOpenTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Check a copy is genuine and current
         * @description Is this copy genuine and current? Upload the PDF, or send its SHA-256 or the code printed on its pages. No token needed.
         */
        post: operations["verifyCopy"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vessels": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * List ships
         * @description Vessels in id order, a page at a time (operators see only their own company's)
         */
        get: operations["listVessels"];
        put?: never;
        /**
         * Register a ship
         * @description Register a cross-area passenger ship (Module 2); registrars of its area of registry only
         */
        post: operations["registerVessel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vessels/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * One ship
         * @description One ship with its Module 2 (identifiers, route, how to call it, life-saving appliances); operators see only their own company's; the ETag is for If-Match
         */
        get: operations["getVessel"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /**
         * Change a ship
         * @description Change a vessel (status too: in service, laid up, withdrawn; never deleted); needs If-Match
         */
        patch: operations["changeVessel"];
        trace?: never;
    };
    "/api/vessels/{id}/accept": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Accept a released ship
         * @description Accept a released ship into your area's register with its new identifiers; withdraws its old plan as transferred; needs If-Match
         */
        post: operations["acceptVessel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vessels/{id}/release": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Release a ship to another area's register
         * @description Release a ship to another area's register (registrars of its present area); needs If-Match
         */
        post: operations["releaseVessel"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vessels/{id}/release/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Take back a release
         * @description Take back a release not yet accepted (registrars of the releasing area); needs If-Match
         */
        post: operations["cancelRelease"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/vessels/{id}/transfers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A ship's transfers of registry
         * @description A ship's transfers of registry, oldest first, with what it was called and carried before each
         */
        get: operations["listVesselTransfers"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * The agency's webhooks and their deliveries
         * @description An agency's admin sees its webhooks, each with its latest deliveries: state, attempts, the receiver's last answer.
         */
        get: operations["listWebhooks"];
        put?: never;
        /**
         * Register a webhook
         * @description An agency's admin registers a URL (https) to which each change of the feed is POSTed, signed with the secret in this answer, which is shown this once.
         */
        post: operations["registerWebhook"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/webhooks/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        post?: never;
        /**
         * Remove a webhook
         * @description Nothing more is sent to it; its deliveries stay on record.
         */
        delete: operations["removeWebhook"];
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/healthz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Liveness
         * @description The process is alive
         */
        get: operations["checkLiveness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/metrics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Metrics for Prometheus
         * @description The registry's counters and gauges in Prometheus's text format (requests by route pattern and status, their latency, plans issued and their copies' render time, sign-in failures and locks, webhook deliveries, caches, the database pool, the audit chain's length, the process): for an agency's admins, or a token an admin made for the monitoring system
         */
        get: operations["readMetrics"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/readyz": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * Readiness
         * @description The database answers and a connection can be had (503 with Retry-After when every connection has been busy for more than 5 s)
         */
        get: operations["checkReadiness"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        AcceptInput: {
            /**
             * @description Call sign from the area's ITU series
             * @example VRJF7
             */
            callSign: string;
            /** @description Only if the operating company changes */
            companyId?: number;
            /**
             * @description The EPIRB's 406 MHz hex ID once recoded with the new country code (null if not yet recoded)
             * @default null
             * @example ADC6D26C5200001
             */
            epirbHexId?: string | null;
            /**
             * @description Ship station MMSI: the MID of the area of registry + 6 digits
             * @example 477101500
             */
            mmsi: string;
            nameEn?: string;
            /** @description Only if the ship is renamed on re-registration; the old name joins its former names */
            nameZh?: string;
            nationalRegistrationNumber?: string | null;
            /** @example Macau */
            portOfRegistry: string;
        };
        Agency: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            code: "GD" | "HK" | "MO";
            facilities: components["schemas"]["Facilities"];
            /** @example Maritime Rescue Co-ordination Centre Hong Kong */
            nameEn: string;
            /** @example 香港海上救援協調中心 */
            nameZh: string;
            rcc: components["schemas"]["RccBlock"];
            /** @description Whether Module 3 holds everything a plan needs */
            rccComplete: boolean;
            /** @description What Module 3 still lacks */
            rccMissing: string[];
            updatedAt: string;
            version: number;
        };
        AgencySettings: {
            /**
             * @description The Chinese script the agency's plans print in, unless a plan says otherwise
             * @example hant
             * @enum {string}
             */
            documentScript: "hans" | "hant";
            /**
             * @description The exercise interval the agency agrees with companies, unless a plan says otherwise: 12 to 60 months (over 36 with exerciseIntervalReason)
             * @example 12
             */
            exerciseIntervalMonths: number;
            /** @description The reason the agencies agreed an interval over 36 months; required for one, printed beside it */
            exerciseIntervalReason?: string | null;
        };
        Arrangement: {
            pairs: components["schemas"]["ArrangementPair"][];
            titleEn: string;
            titleZh: string;
        };
        ArrangementPair: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            agencyA: "GD" | "HK" | "MO";
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            agencyB: "GD" | "HK" | "MO";
            /** @description A signing recorded by one agency and waiting for the other to confirm it: it does not count yet */
            pending?: {
                recordedAt: string;
                recordedBy: {
                    /**
                     * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                     * @example HK
                     * @enum {string}
                     */
                    agency: "GD" | "HK" | "MO";
                    id: number | null;
                    name: string;
                };
                signatoryA: string;
                signatoryB: string;
                signedOn: string;
            } | null;
            /** @description Plans in force of each side and how the other side stands towards them */
            recognition: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                compiledBy: "GD" | "HK" | "MO";
                pending: number;
                recognised: number;
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                recognisedBy: "GD" | "HK" | "MO";
            }[];
            signatoryA: string | null;
            signatoryB: string | null;
            signed: boolean;
            /**
             * @description Date the pair signed; recognition between the two exists from then
             * @example 2015-09-09
             */
            signedOn: string | null;
        };
        AuditEvent: {
            /** @example vessel.update */
            action: string;
            actor: {
                agency: string | null;
                id: number | null;
                name: string;
                role: string;
            };
            after?: unknown;
            at: string;
            before?: unknown;
            id: number;
            record: {
                agency: string | null;
                id: string;
                type: string;
            };
            requestId: string | null;
            /** @description The session or token the write came through, e.g. "session 12" or "token 7" */
            via: string | null;
        };
        Change: {
            /**
             * @description The compiling agency (a plan) or the gaining one (a transfer)
             * @example HK
             * @enum {string|null}
             */
            area: "GD" | "HK" | "MO" | null;
            /** @example 2026-11-25T02:15:00.000Z */
            at: string;
            /** @description The five copies of the revision issued (plan.issued, plan.revised); null for other changes */
            copies: {
                /** @enum {string} */
                holder: "GD" | "HK" | "MO" | "company" | "ship";
                number: number;
                /** @description SHA-256 of the PDF: what the receiving system checks its download against */
                sha256: string;
                /** @description PAdES signature of the compiling agency; unsigned: issued before copies were signed */
                signature: {
                    /** @description SHA-256 fingerprint of the signing certificate, as GET /api/agencies/{code}/certificates lists it */
                    certificateFingerprint: string | null;
                    /**
                     * @description The compiling agency whose key signed it
                     * @example HK
                     * @enum {string|null}
                     */
                    signer: "GD" | "HK" | "MO" | null;
                    /** @enum {string} */
                    status: "signed" | "unsigned";
                };
            }[] | null;
            /** @description Carry on from here: the next request is ?after=<cursor of the last change read> */
            cursor: number;
            /** @enum {string} */
            kind: "plan.issued" | "plan.revised" | "plan.withdrawn" | "vessel.transferred";
            /** @example /api/plans/6 */
            link: string;
            plan: {
                id: number;
                planNumber: string;
            } | null;
            recordId: number;
            /** @enum {string} */
            recordType: "plan" | "vessel";
            /** @description The revision issued (plan.issued, plan.revised) */
            revision: number | null;
            vessel: {
                callSign: string;
                epirbHexId: string | null;
                /** @description Every identifier the ship held and holds no more, newest first: a centre's own beacon and DSC records may still carry them (a transfer's old MMSI and call sign) */
                formerIdentifiers: {
                    /** @enum {string} */
                    kind: "mmsi" | "callSign" | "imoNumber" | "epirbHexId";
                    until: string;
                    value: string;
                }[];
                id: number;
                imoNumber: string | null;
                mmsi: string;
                nameEn: string;
                nameZh: string;
            };
        };
        Company: {
            addressEn: string;
            addressZh: string;
            createdAt: string;
            designatedPerson: {
                email: string;
                mobile: string | null;
                name: string;
                phone: string;
            };
            emergencyPhone: string;
            emergencyPhoneAlt: string | null;
            emergencyTeam: {
                email: string | null;
                name: string;
                phone: string;
            };
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            homeAgency: "GD" | "HK" | "MO";
            id: number;
            imoCompanyNumber: string | null;
            mediaContact: {
                email: string | null;
                name: string;
                phone: string;
            } | null;
            nameEn: string;
            nameZh: string;
            updatedAt: string;
            version: number;
        };
        CompanyInput: {
            /** @example 200 Connaught Road Central, Sheung Wan, Hong Kong */
            addressEn: string;
            /** @example 香港上環干諾道中200號 */
            addressZh: string;
            /** @description Designated person ashore (ISM Code) */
            designatedPerson: {
                /**
                 * Format: email
                 * @example hkmrcc@mardep.gov.hk
                 */
                email: string;
                /** @example +852 2233 7999 */
                mobile?: string | null;
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            };
            /**
             * @description 24-hour emergency telephone
             * @example +852 2233 7999
             */
            emergencyPhone: string;
            /**
             * @description Alternate 24-hour telephone
             * @example +852 2233 7999
             */
            emergencyPhoneAlt?: string | null;
            /** @description The company's emergency response team */
            emergencyTeam: {
                /**
                 * Format: email
                 * @default null
                 * @example hkmrcc@mardep.gov.hk
                 */
                email?: string | null;
                /** @example Fleet Operations Centre */
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            };
            /**
             * @description The agency of the area the company is registered in; only its registrars may write the record
             * @example HK
             * @enum {string}
             */
            homeAgency: "GD" | "HK" | "MO";
            /**
             * @description IMO unique company number: 7 digits with a check digit
             * @default null
             * @example 5812343
             */
            imoCompanyNumber?: string | null;
            /**
             * @description Media / press contact
             * @default null
             */
            mediaContact?: {
                /**
                 * Format: email
                 * @default null
                 * @example hkmrcc@mardep.gov.hk
                 */
                email?: string | null;
                /** @example Fleet Operations Centre */
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            } | null;
            /**
             * @description Name in English
             * @example Harbour Wing Jetfoil Company Limited
             */
            nameEn: string;
            /**
             * @description Name in Chinese
             * @example 港澳飛翼船務有限公司
             */
            nameZh: string;
        };
        CompanyPatch: {
            /** @example 200 Connaught Road Central, Sheung Wan, Hong Kong */
            addressEn?: string;
            /** @example 香港上環干諾道中200號 */
            addressZh?: string;
            /** @description Designated person ashore (ISM Code) */
            designatedPerson?: {
                /**
                 * Format: email
                 * @example hkmrcc@mardep.gov.hk
                 */
                email: string;
                /** @example +852 2233 7999 */
                mobile?: string | null;
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            };
            /**
             * @description 24-hour emergency telephone
             * @example +852 2233 7999
             */
            emergencyPhone?: string;
            /** @example +852 2233 7999 */
            emergencyPhoneAlt?: string | null;
            /** @description The company's emergency response team */
            emergencyTeam?: {
                /**
                 * Format: email
                 * @default null
                 * @example hkmrcc@mardep.gov.hk
                 */
                email?: string | null;
                /** @example Fleet Operations Centre */
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            };
            imoCompanyNumber?: string | null;
            mediaContact?: {
                /**
                 * Format: email
                 * @default null
                 * @example hkmrcc@mardep.gov.hk
                 */
                email?: string | null;
                /** @example Fleet Operations Centre */
                name: string;
                /** @example +852 2233 7999 */
                phone: string;
            } | null;
            /**
             * @description Name in English
             * @example Harbour Wing Jetfoil Company Limited
             */
            nameEn?: string;
            /**
             * @description Name in Chinese
             * @example 港澳飛翼船務有限公司
             */
            nameZh?: string;
        };
        Copy: {
            acknowledgedAt: string | null;
            acknowledgedBy: string | null;
            /** @enum {string} */
            holder: "GD" | "HK" | "MO" | "company" | "ship";
            holderNameEn: string;
            holderNameZh: string;
            /** @description Whether the caller may download this copy */
            mayDownload: boolean;
            number: number;
            sha256: string;
            /** @description Bytes */
            size: number;
            /** @enum {string} */
            state: "current" | "superseded" | "withdrawn";
        };
        CopyList: {
            copies: components["schemas"]["Copy"][];
            planNumber: string;
            revision: number;
            /** @enum {string} */
            state: "issued" | "superseded";
            /** @description The revision that replaced this one */
            supersededBy: number | null;
            /** @description Copies whose holders have not yet acknowledged receipt */
            unacknowledged: number[];
        };
        /**
         * @example {
         *       "decision": "reject",
         *       "reason": "The DPA must be reachable around the clock; give a mobile number"
         *     }
         */
        DecisionInput: {
            /** @enum {string} */
            decision: "approve";
            reason?: string | null;
        } | {
            /** @enum {string} */
            decision: "reject";
            reason: string;
        };
        DraftPatch: {
            communicationsNotes?: string | null;
            exerciseNotes?: string | null;
            lifeSavingNotes?: string | null;
            medicalNotes?: string | null;
            routeNotes?: string | null;
        };
        ExerciseHeld: {
            /**
             * Format: date
             * @description The day it was held (not after today)
             * @example 2026-11-25
             */
            date: string;
            /** @default null */
            lessonsLearned?: string | null;
        };
        ExerciseInput: {
            agencies: ("GD" | "HK" | "MO")[];
            /**
             * Format: date
             * @description The day planned, or held (then not after today)
             * @example 2026-11-25
             */
            date: string;
            /** @enum {string} */
            kind: "communications" | "table_top" | "full_scale";
            /** @default null */
            lessonsLearned?: string | null;
            /** @example Engine-room fire off Lantau with 300 passengers on board */
            scenario: string;
            /** @enum {string} */
            state: "planned" | "held";
            /**
             * @description An extra exercise on top of the required one in twelve months
             * @default false
             */
            voluntary?: boolean;
        };
        /** @description Module 4: the agency's SAR facilities */
        Facilities: {
            hospitals: {
                nameEn: string;
                nameZh: string;
                /** @example +852 2233 7999 */
                phone: string | null;
            }[];
            rescueUnits: {
                base: string | null;
                contact: string | null;
                /** @enum {string} */
                kind: "vessel" | "helicopter" | "aircraft";
                nameEn: string;
                nameZh: string;
            }[];
        };
        FleetImport: {
            createdAt: string;
            createdBy: string;
            fileName: string;
            finishedAt: string | null;
            id: number;
            /** @enum {string} */
            kind: "ships" | "companies";
            /** @description Every problem, by the row number the spreadsheet shows and the column key */
            problems: {
                code: string;
                column: string;
                message: string;
                params?: {
                    [key: string]: string | number;
                };
                row: number;
            }[];
            /** @description Rows written or skipped so far, while importing */
            processed: number;
            report: {
                created: {
                    id: number;
                    name: string;
                    row: number;
                }[];
                skipped: {
                    problems: {
                        code: string;
                        column: string;
                        message: string;
                        params?: {
                            [key: string]: string | number;
                        };
                    }[];
                    row: number;
                }[];
            } | null;
            rows: number;
            /**
             * @description interrupted: stopped half-way (a restart, a failure, the database away too long), with every row done so far kept; resume or abandon it
             * @enum {string}
             */
            state: "checked" | "importing" | "done" | "interrupted" | "abandoned";
            /** @description Rows with no problem: the ones a confirmation writes */
            valid: number;
        };
        IncidentCard: {
            /** @description All three centres' 24-hour numbers, the home agency's first */
            centres: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                code: "GD" | "HK" | "MO";
                nameEn: string;
                nameZh: string;
                phone24h: string | null;
                shortNumber: string | null;
                vhfChannels: string[];
            }[];
            company: {
                designatedPerson: {
                    email: string;
                    mobile: string | null;
                    name: string;
                    phone: string;
                };
                emergencyPhone: string;
                emergencyPhoneAlt: string | null;
                /** @description The company's emergency response team, which runs its side of an incident ashore */
                emergencyTeam: {
                    email: string | null;
                    name: string;
                    phone: string;
                };
                id: number;
                nameEn: string;
                nameZh: string;
            };
            /** @description For a former identifier: which one it held, and until when (the day it passed on); its identifiers now are in vessel */
            formerly?: {
                /** @enum {string} */
                kind: "mmsi" | "callSign" | "imoNumber" | "epirbHexId";
                until: string;
                value: string;
            };
            homeAgency: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                code: "GD" | "HK" | "MO";
                nameEn: string;
                nameZh: string;
                phone24h: string | null;
            };
            /** @description During a transfer's handover, the gaining agency's plan, not yet issued: the plan above stays in force until it is */
            incomingPlan: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                homeAgency: "GD" | "HK" | "MO";
                id: number;
                planNumber: string;
            } | null;
            /**
             * @description Why this ship matched; 'similar name': nothing matched as typed, and its name is within a typing error or two of the query ("Macua Star"); 'former identifier': it held the identifier asked for once, and no more (see formerly)
             * @enum {string}
             */
            match: "identifier" | "name prefix" | "name" | "identifier fragment" | "company name" | "similar name" | "former identifier";
            plan: {
                /** @description The centres holding a copy of the current revision */
                copiesHeld: {
                    acknowledgedAt: string | null;
                    /**
                     * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                     * @example HK
                     * @enum {string}
                     */
                    agency: "GD" | "HK" | "MO";
                    copyNumber: number;
                }[];
                /**
                 * @description The agency that compiled it: during a transfer's handover, the losing agency
                 * @example HK
                 * @enum {string}
                 */
                homeAgency: "GD" | "HK" | "MO";
                id: number;
                issuedOn: string | null;
                planNumber: string;
                /** @description The issued plan is older than the records the card shows */
                predatesRecords: boolean;
                recognitions: {
                    /**
                     * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                     * @example HK
                     * @enum {string}
                     */
                    agency: "GD" | "HK" | "MO";
                    since: string | null;
                    /** @enum {string} */
                    status: "compiled" | "recognised" | "pending" | "never";
                    until: string | null;
                }[];
                revision: number | null;
                staleFields: string[];
                /** @enum {string} */
                status: "current" | "stale" | "withdrawn" | "draft";
            } | null;
            vessel: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                areaOfRegistry: "GD" | "HK" | "MO";
                callSign: string;
                communications: {
                    bridgePhone: string | null;
                    otherRadio: string | null;
                    satellite: string[];
                    vhf: string;
                };
                crew: number;
                epirbHexId: string | null;
                /** @description Every identifier it held and holds no more, newest first (from: null when held before the registry knew it) */
                formerIdentifiers: {
                    from: string | null;
                    /** @enum {string} */
                    kind: "mmsi" | "callSign" | "imoNumber" | "epirbHexId";
                    until: string;
                    value: string;
                }[];
                formerNames: {
                    nameEn: string | null;
                    nameZh: string | null;
                    until: string | null;
                }[];
                /** @description Registers the ship was in before a transfer of registry, newest first; their identifiers still find it */
                formerRegistrations: {
                    /**
                     * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                     * @example HK
                     * @enum {string}
                     */
                    areaOfRegistry: "GD" | "HK" | "MO";
                    callSign: string;
                    mmsi: string;
                    nameEn: string;
                    nameZh: string;
                    until: string;
                }[];
                grossTonnage: number;
                hullColour: string;
                id: number;
                imoNumber: string | null;
                lengthMetres: number;
                /** @description Liferafts (and their total capacity), marine evacuation systems and rescue boats: what the ship can abandon into */
                lifeSaving: {
                    liferaftCapacity: number;
                    liferafts: number;
                    marineEvacuationSystems: number;
                    rescueBoats: number;
                };
                maxPassengers: number;
                maxPersonsOnBoard: number;
                mmsi: string;
                nameEn: string;
                nameZh: string;
                nationalRegistrationNumber: string | null;
                route: string[];
                /** @description The route as port names */
                routePorts: {
                    code: string;
                    nameEn: string;
                    nameZh: string;
                }[];
                status: string;
                superstructureColour: string;
                type: string;
            };
        };
        IssuePlan: {
            /**
             * @description Major: new ship, route, SAR service or emergency arrangements; minor: a routine update such as a telephone number (MSC.1/Circ.1079, Appendix 1). Left out: the kind the registry proposes (the plan's proposedChange). Lowering a proposed major change to minor needs a reason.
             * @enum {string}
             */
            change?: "major" | "minor";
            /** @description Why a change the registry proposes as major is issued as minor; printed in the record of amendments */
            reason?: string | null;
            /** @example First issue */
            summary: string;
        };
        NewPerson: {
            /** @description An operator's company, registered with your agency */
            companyId?: number | null;
            /**
             * Format: email
             * @example hkmrcc@mardep.gov.hk
             */
            email: string;
            /** @example Chan Siu-ming */
            name: string;
            /** @enum {string} */
            role: "admin" | "registrar" | "coordinator" | "operator";
        } & unknown;
        NewWebhook: {
            /**
             * Format: uri
             * @example https://duty.mardep.example.hk/registry-changes
             */
            url: string;
        };
        OneTimeLink: {
            /** @description Two hours on; a newer link replaces it */
            expiresAt: string;
            /**
             * @description The one-time link for the person to set a password and second factor; pass it on yourself (no mail is sent)
             * @example https://registry.example/link/…
             */
            link: string;
            person: components["schemas"]["Person"];
        };
        OpenPlan: {
            /** @example 1 */
            vesselId: number;
        };
        OpenTransfers: {
            /** @description Released to your agency: accept them */
            incoming: (components["schemas"]["Transfer"] & {
                vessel: {
                    id: number;
                    imoNumber: string | null;
                    nameEn: string;
                    nameZh: string;
                    version: number;
                };
            })[];
            /** @description Released by your agency, not yet accepted */
            outgoing: (components["schemas"]["Transfer"] & {
                vessel: {
                    id: number;
                    imoNumber: string | null;
                    nameEn: string;
                    nameZh: string;
                    version: number;
                };
            })[];
        };
        Person: {
            /**
             * @description The person's agency; null for an operator, who belongs to a company
             * @example HK
             * @enum {string|null}
             */
            agency: "GD" | "HK" | "MO" | null;
            companyId: number | null;
            createdAt: string;
            disabledAt: string | null;
            email: string;
            /** @description Whether the person has set a password from the one-time link yet */
            hasPassword: boolean;
            id: number;
            name: string;
            /** @enum {string} */
            role: "admin" | "registrar" | "coordinator" | "operator";
            secondFactor: boolean;
            /** @description Until when sign-in is locked from at least one address, after ten failures from there (null: no lock). A lock holds one address only; unlock lifts them all. */
            signInLockedUntil: string | null;
            /** @enum {string} */
            status: "active" | "disabled";
            version: number;
        };
        Plan: {
            amendments: {
                /** @enum {string} */
                change: "major" | "minor";
                issuedBy: string;
                issuedOn: string;
                reason?: string;
                revision: number;
                summary: string;
            }[];
            current: {
                /** @enum {string} */
                change: "major" | "minor";
                issuedOn: string;
                revision: number;
                summary: string;
            } | null;
            draft: {
                content: components["schemas"]["PlanContent"];
                revision: number;
                updatedAt: string;
            } | null;
            exercises: {
                items: {
                    agencies: ("GD" | "HK" | "MO")[];
                    date: string;
                    id: number;
                    /** @enum {string} */
                    kind: "communications" | "table_top" | "full_scale";
                    lessonsLearned: string | null;
                    scenario: string;
                    /** @enum {string} */
                    state: "planned" | "held";
                    voluntary: boolean;
                }[];
                nextDue: string | null;
                overdue: boolean;
            };
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            homeAgency: "GD" | "HK" | "MO";
            id: number;
            /** @example HK-2026-0007 */
            planNumber: string;
            /** @description The kind of change the registry proposes for the next issue, and the changes that make it major */
            proposedChange: {
                because: {
                    en: string;
                    "zh-Hans": string;
                    "zh-Hant": string;
                }[];
                /** @enum {string} */
                kind: "major" | "minor";
            };
            recognitions: components["schemas"]["Recognition"][];
            settings: {
                /** @enum {string} */
                documentScript: "hans" | "hant";
                exerciseIntervalMonths: number;
                /** @description Why an interval over 36 months was agreed */
                exerciseIntervalReason: string | null;
                /** @enum {string|null} */
                ownDocumentScript: "hans" | "hant" | null;
                ownExerciseIntervalMonths: number | null;
            };
            /** @description A record printed in the plan changed after its issue: issue a revision */
            stale: boolean;
            /** @description Each printed field that changed since issue, with its label and its value then and now */
            staleChanges: {
                after: string;
                before: string;
                field: string;
                label: {
                    en: string;
                    "zh-Hans": string;
                    "zh-Hant": string;
                };
            }[];
            /**
             * @example [
             *       "company.emergencyPhone"
             *     ]
             */
            staleFields: string[];
            /**
             * @description draft: never issued yet
             * @enum {string}
             */
            status: "draft" | "issued" | "withdrawn";
            version: number;
            vessel: {
                companyId: number;
                id: number;
                nameEn: string;
                nameZh: string;
            };
            withdrawn: {
                on: string;
                reason: string;
            } | null;
        };
        PlanContent: {
            /**
             * @description How the ship communicates with the RCCs
             * @default null
             */
            communicationsNotes?: string | null;
            /**
             * @description The exercise programme (Module 5); held and planned exercises are recorded separately
             * @default null
             */
            exerciseNotes?: string | null;
            /**
             * @description Life-saving appliances, evacuation, helicopter operations
             * @default null
             */
            lifeSavingNotes?: string | null;
            /**
             * @description Medical facilities and casualty handling
             * @default null
             */
            medicalNotes?: string | null;
            /**
             * @description Route and timetable, as printed in Module 2
             * @default null
             */
            routeNotes?: string | null;
        };
        PlanSettings: {
            /**
             * @description The Chinese script of this plan's documents; null: the compiling agency's
             * @enum {string|null}
             */
            documentScript?: "hans" | "hant" | null;
            /**
             * @description The exercise interval agreed for this plan, 12 to 60 months (over 36 with exerciseIntervalReason); null: the agency's
             * @example 12
             */
            exerciseIntervalMonths?: number | null;
            /** @description The reason the agencies agreed an interval over 36 months; required for one, printed beside it */
            exerciseIntervalReason?: string | null;
        };
        Port: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            area: "GD" | "HK" | "MO";
            /** @example HKG-SW */
            code: string;
            nameEn: string;
            nameZh: string;
        };
        /** @description RFC 9457 problem details */
        Problem: {
            /**
             * @description The general kind of refusal (before 0.2 this was `code`); kept for clients that still read it
             * @enum {string}
             */
            category: "bad_request" | "validation_failed" | "unauthenticated" | "forbidden" | "not_found" | "method_not_allowed" | "conflict" | "precondition_failed" | "precondition_required" | "payload_too_large" | "unsupported_media_type" | "range_not_satisfiable" | "unprocessable" | "too_many_requests" | "internal" | "unavailable";
            /**
             * @description What was refused, one code a refusal: the API guide lists them with their parameters
             * @enum {string}
             */
            code: "bad_request" | "body_not_utf8" | "body_lone_surrogate" | "body_not_json" | "body_too_deep" | "multipart_unreadable" | "copy_body_empty" | "fleet_file_empty" | "form_unreadable" | "sheet_unreadable" | "sheet_too_large" | "validation_failed" | "copy_check_form" | "pdf_file_missing" | "file_missing" | "idempotency_key_form" | "operator_needs_company" | "password_refused" | "code_wrong" | "rcc_block_invalid" | "company_invalid" | "vessel_invalid" | "import_file_empty" | "sheet_no_keys" | "sheet_too_many_rows" | "sheet_too_wide" | "sheet_cell_too_long" | "vessel_unknown" | "exercise_in_future" | "proposal_changes_nothing" | "rejection_needs_reason" | "token_days_range" | "token_binding" | "company_unknown" | "transfer_same_area" | "webhook_url_invalid" | "webhook_url_not_https" | "webhook_url_credentials" | "webhook_url_internal" | "token_invalid" | "token_missing" | "session_ended" | "sign_in_failed" | "token_read_only" | "cross_origin_form" | "role_required" | "not_home_registrar" | "other_company" | "admins_own_agency" | "company_other_agency" | "staff_own_agency" | "signing_pair_only" | "signing_confirm_other" | "audit_not_allowed" | "copy_not_yours" | "copy_holder_only" | "proposals_not_yours" | "token_needs_account" | "not_found" | "no_route" | "no_such_page" | "link_gone" | "revision_not_issued" | "copy_not_found" | "exercise_not_found" | "no_account" | "account_not_found" | "signature_block_not_found" | "token_not_found" | "method_not_allowed" | "email_taken" | "second_factor_exists" | "no_second_factor_pending" | "no_signing_pending" | "copy_not_current" | "import_already_confirmed" | "import_not_interrupted" | "secret_shown_once" | "idempotency_in_flight" | "plan_exists" | "draft_open" | "no_open_draft" | "exercise_already_held" | "issue_raced" | "signing_key_missing" | "signing_key_locked" | "signing_passphrase_missing" | "signing_certificate_expired" | "signing_key_exists" | "signing_key_unreadable" | "signing_certificate_not_valid" | "plan_withdrawn" | "proposal_decided" | "record_withdrawn" | "identifier_held" | "transfer_withdrawn" | "transfer_open" | "transfer_none" | "reissue_has_draft" | "unique_clash" | "stale_version" | "if_match_required" | "if_match_wildcard" | "body_too_large" | "body_not_json_type" | "range_not_satisfiable" | "self_disable" | "signing_in_future" | "signing_before_arrangement" | "idempotency_key_reused" | "vessel_withdrawn" | "exercise_clash" | "plan_not_ready" | "minor_needs_reason" | "backup_on_postgres" | "rate_limited" | "sign_in_locked" | "internal" | "pool_starved" | "database_silent" | "migrations_pending" | "migrations_unknown" | "read_model_building" | "render_missing" | "registry_busy" | "connections_busy" | "database_unreachable";
            /** @description The refusal in a sentence, in the language of Accept-Language (English unless asked) */
            detail: string;
            /** @description Each bad field (or missing item) and what is wrong with it */
            errors?: {
                /**
                 * @description What is wrong with the field (too_long, check_digit, held_by …)
                 * @example too_long
                 */
                code: string;
                field: string;
                /** @description The problem in a sentence, in the language of Accept-Language */
                message: string;
                params?: {
                    [key: string]: string | number;
                };
            }[];
            instance?: string;
            /**
             * @description The refusal's parameters, as the sentence uses them
             * @example {
             *       "planNumber": "HK-2026-0005"
             *     }
             */
            params?: {
                [key: string]: string | number;
            };
            requestId?: string;
            status: number;
            /** @description The category's title, in the language of Accept-Language */
            title: string;
            /** @example /problems/no-open-draft */
            type: string;
        };
        Proposal: {
            changes: {
                [key: string]: unknown;
            };
            companyId: number;
            decidedAt: string | null;
            decidedBy: {
                id: number | null;
                name: string;
            } | null;
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            homeAgency: "GD" | "HK" | "MO";
            id: number;
            note: string | null;
            proposedAt: string;
            proposedBy: {
                id: number | null;
                name: string;
            };
            reason: string | null;
            recordId: number;
            /** @enum {string} */
            recordType: "company" | "vessel";
            /** @description The record's values of the proposed fields when decided (an approval's: the values it replaced); null while open */
            replaced: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            state: "open" | "approved" | "rejected" | "withdrawn";
            version: number;
        };
        ProposalDetail: {
            /** @description Each proposed field beside the value the record holds now */
            comparison: {
                current?: unknown;
                field: string;
                proposed?: unknown;
                /** @description Once decided: the value the record held at the decision (for an approval, the value it replaced). Absent while open, and for proposals decided before the registry kept it. */
                replaced?: unknown;
            }[];
            mayDecide: boolean;
            mayWithdraw: boolean;
            proposal: components["schemas"]["Proposal"];
            record: {
                name: string;
                version: number;
            };
        };
        /**
         * @example {
         *       "recordType": "company",
         *       "recordId": 1,
         *       "changes": {
         *         "emergencyPhone": "+852 2859 3111"
         *       },
         *       "note": "The operations centre moved"
         *     }
         */
        ProposalInput: {
            /** @description Contacts, designated person, emergency team, media contact */
            changes: {
                /** @description Designated person ashore (ISM Code) */
                designatedPerson?: {
                    /**
                     * Format: email
                     * @example hkmrcc@mardep.gov.hk
                     */
                    email: string;
                    /** @example +852 2233 7999 */
                    mobile?: string | null;
                    name: string;
                    /** @example +852 2233 7999 */
                    phone: string;
                };
                /**
                 * @description 24-hour emergency telephone
                 * @example +852 2233 7999
                 */
                emergencyPhone?: string;
                /** @example +852 2233 7999 */
                emergencyPhoneAlt?: string | null;
                /** @description The company's emergency response team */
                emergencyTeam?: {
                    /**
                     * Format: email
                     * @default null
                     * @example hkmrcc@mardep.gov.hk
                     */
                    email?: string | null;
                    /** @example Fleet Operations Centre */
                    name: string;
                    /** @example +852 2233 7999 */
                    phone: string;
                };
                mediaContact?: {
                    /**
                     * Format: email
                     * @default null
                     * @example hkmrcc@mardep.gov.hk
                     */
                    email?: string | null;
                    /** @example Fleet Operations Centre */
                    name: string;
                    /** @example +852 2233 7999 */
                    phone: string;
                } | null;
            };
            /**
             * @description For the registrar: why, and from when
             * @example New DPA from 1 December 2026
             */
            note?: string | null;
            recordId: number;
            /** @enum {string} */
            recordType: "company";
        } | {
            /** @description Communications, life-saving appliances, colours and marks */
            changes: {
                /** @description How to reach the ship */
                communications?: {
                    /**
                     * @description The bridge's mobile telephone
                     * @example +852 2233 7999
                     */
                    bridgePhone?: string | null;
                    /** @default null */
                    otherRadio?: string | null;
                    /**
                     * @description Satellite numbers (Inmarsat and others)
                     * @default []
                     */
                    satellite?: string[];
                    /** @example VHF 16, 12, 70 (DSC) */
                    vhf: string;
                };
                /** @example white with red stripe / 白色紅條 */
                hullColour?: string;
                identifyingMarks?: string | null;
                lifeSaving?: {
                    liferaftCapacity: number;
                    liferafts: number;
                    marineEvacuationSystems: number;
                    rescueBoats: number;
                };
                /** @example white / 白色 */
                superstructureColour?: string;
            };
            /**
             * @description For the registrar: why, and from when
             * @example New DPA from 1 December 2026
             */
            note?: string | null;
            recordId: number;
            /** @enum {string} */
            recordType: "vessel";
        };
        /** @description Module 3: the agency's rescue co-ordination centre */
        RccBlock: {
            coordinationProcedureEn: string | null;
            coordinationProcedureZh: string | null;
            /** @example 004773500 */
            dscMmsi: string | null;
            /**
             * Format: email
             * @example hkmrcc@mardep.gov.hk
             */
            email: string | null;
            /** @example +852 2233 7999 */
            fax: string | null;
            nameEn: string | null;
            nameZh: string | null;
            /**
             * @description The 24-hour number in full international form
             * @example +852 2233 7999
             */
            phone24h: string | null;
            sarRegionEn: string | null;
            sarRegionZh: string | null;
            /**
             * @description A domestic short number, reachable only from within the agency's own area, kept beside the full number
             * @default null
             * @example 12395
             */
            shortNumber?: string | null;
            vhfChannels: string[];
        };
        Readiness: {
            /** @description Every item issuing needs that the records lack: the issue itself refuses with the same list (422 plan_not_ready) */
            missing: {
                /** @example required_to_issue */
                code: string;
                /** @example company.emergencyPhoneAlt */
                field: string;
                /** @description The record where the item is completed: PATCH that ship or company, PUT that agency block, or PATCH the draft */
                fixAt: {
                    /**
                     * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                     * @example HK
                     * @enum {string}
                     */
                    code?: "GD" | "HK" | "MO";
                    id?: number;
                    /** @enum {string} */
                    kind: "ship" | "company" | "agency" | "draft";
                };
                label: {
                    en: string;
                    "zh-Hans": string;
                    "zh-Hant": string;
                };
                /** @description What is missing, in the language of Accept-Language */
                message: string;
            }[];
            planId: number;
            /** @example HK-2026-0007 */
            planNumber: string;
            /** @description The kind of change the registry proposes for this issue, and the changes that make it major */
            proposedChange: {
                because: {
                    en: string;
                    "zh-Hans": string;
                    "zh-Hant": string;
                }[];
                /** @enum {string} */
                kind: "major" | "minor";
            };
            /** @description Nothing is missing: the open draft can be issued now */
            ready: boolean;
        };
        Recognition: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            agency: "GD" | "HK" | "MO";
            /** @description The later of the two agencies' joining dates and the plan's (or, per revision, the revision's) issue date */
            since: string | null;
            /**
             * @description never: the plan (or revision) was withdrawn or superseded before the two agencies recognised each other's plans
             * @enum {string}
             */
            status: "recognised" | "pending" | "never";
            /** @description The day the plan was withdrawn (or the revision superseded): recognition ended with it */
            until: string | null;
        };
        ReissueReport: {
            failed: {
                /**
                 * @description Why it was not re-issued, as a refusal code
                 * @enum {string}
                 */
                code: "bad_request" | "body_not_utf8" | "body_lone_surrogate" | "body_not_json" | "body_too_deep" | "multipart_unreadable" | "copy_body_empty" | "fleet_file_empty" | "form_unreadable" | "sheet_unreadable" | "sheet_too_large" | "validation_failed" | "copy_check_form" | "pdf_file_missing" | "file_missing" | "idempotency_key_form" | "operator_needs_company" | "password_refused" | "code_wrong" | "rcc_block_invalid" | "company_invalid" | "vessel_invalid" | "import_file_empty" | "sheet_no_keys" | "sheet_too_many_rows" | "sheet_too_wide" | "sheet_cell_too_long" | "vessel_unknown" | "exercise_in_future" | "proposal_changes_nothing" | "rejection_needs_reason" | "token_days_range" | "token_binding" | "company_unknown" | "transfer_same_area" | "webhook_url_invalid" | "webhook_url_not_https" | "webhook_url_credentials" | "webhook_url_internal" | "token_invalid" | "token_missing" | "session_ended" | "sign_in_failed" | "token_read_only" | "cross_origin_form" | "role_required" | "not_home_registrar" | "other_company" | "admins_own_agency" | "company_other_agency" | "staff_own_agency" | "signing_pair_only" | "signing_confirm_other" | "audit_not_allowed" | "copy_not_yours" | "copy_holder_only" | "proposals_not_yours" | "token_needs_account" | "not_found" | "no_route" | "no_such_page" | "link_gone" | "revision_not_issued" | "copy_not_found" | "exercise_not_found" | "no_account" | "account_not_found" | "signature_block_not_found" | "token_not_found" | "method_not_allowed" | "email_taken" | "second_factor_exists" | "no_second_factor_pending" | "no_signing_pending" | "copy_not_current" | "import_already_confirmed" | "import_not_interrupted" | "secret_shown_once" | "idempotency_in_flight" | "plan_exists" | "draft_open" | "no_open_draft" | "exercise_already_held" | "issue_raced" | "signing_key_missing" | "signing_key_locked" | "signing_passphrase_missing" | "signing_certificate_expired" | "signing_key_exists" | "signing_key_unreadable" | "signing_certificate_not_valid" | "plan_withdrawn" | "proposal_decided" | "record_withdrawn" | "identifier_held" | "transfer_withdrawn" | "transfer_open" | "transfer_none" | "reissue_has_draft" | "unique_clash" | "stale_version" | "if_match_required" | "if_match_wildcard" | "body_too_large" | "body_not_json_type" | "range_not_satisfiable" | "self_disable" | "signing_in_future" | "signing_before_arrangement" | "idempotency_key_reused" | "vessel_withdrawn" | "exercise_clash" | "plan_not_ready" | "minor_needs_reason" | "backup_on_postgres" | "rate_limited" | "sign_in_locked" | "internal" | "pool_starved" | "database_silent" | "migrations_pending" | "migrations_unknown" | "read_model_building" | "render_missing" | "registry_busy" | "connections_busy" | "database_unreachable";
                planId: number;
                planNumber: string;
                /** @description The refusal in a sentence, in the language of Accept-Language */
                reason: string;
            }[];
            renewed: {
                planId: number;
                planNumber: string;
                revision: number;
            }[];
        };
        ReleaseInput: {
            /**
             * @description For the gaining agency (new owner, date of re-registration)
             * @example Re-registered in Macao from 1 December 2026
             */
            note?: string | null;
            /**
             * @description The gaining area, whose agency will accept the ship into its register
             * @example MO
             * @enum {string}
             */
            toArea: "GD" | "HK" | "MO";
        };
        Revision: {
            /** @enum {string|null} */
            change: "major" | "minor" | null;
            content: components["schemas"]["PlanContent"];
            issuedBy: string | null;
            issuedOn: string | null;
            planId: number;
            revision: number;
            /** @description Everything the issued revision prints (modules 1–5, all three agencies), frozen at issue */
            snapshot: {
                [key: string]: unknown;
            } | null;
            /** @enum {string} */
            state: "draft" | "issued" | "superseded";
            summary: string | null;
        };
        Signing: {
            /** @description Who signed for the first agency of the pair (in GD, HK, MO order) */
            signatoryA: string;
            /** @description Who signed for the second agency */
            signatoryB: string;
            /**
             * Format: date
             * @description The date the pair signed
             * @example 2026-11-20
             */
            signedOn: string;
        };
        SigningCertificate: {
            /** @description The certificates above it (the registry's or the agency's authority), PEM */
            chain: string[];
            createdAt: string;
            /** @description SHA-256 of the certificate, as readers and openssl print it */
            fingerprint: string;
            /** @enum {string} */
            holder: "GD" | "HK" | "MO";
            id: number;
            issuer: string;
            notAfter: string;
            notBefore: string;
            /** @description The certificate, PEM */
            pem: string;
            retiredAt: string | null;
            serialNumber: string;
            /**
             * @description Certified by the registry's authority, or brought from the agency's own
             * @enum {string}
             */
            source: "registry" | "imported";
            /**
             * @description active: signs the copies issued now; retired: signed earlier copies only
             * @enum {string}
             */
            state: "active" | "retired";
            /** @example C=HK, O=香港海上救援協調中心, CN=Maritime Rescue Co-ordination Centre Hong Kong */
            subject: string;
        };
        SignInPolicy: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            agency: "GD" | "HK" | "MO";
            /** @description The roles your agency adds */
            alsoRequiredFor: ("coordinator" | "operator")[];
            /** @description Every role that must have a second factor: registrars and admins always */
            secondFactorRequiredFor: ("admin" | "registrar" | "coordinator" | "operator")[];
            updatedAt: string | null;
            updatedBy: string | null;
            /** @description Your people whose role needs a second factor and who have none yet; each is asked to set one up before any other page at the next sign-in */
            withoutSecondFactor: number;
        };
        SignInPolicyChange: {
            /**
             * @description The roles, beyond registrars and admins, that must have a second factor
             * @example [
             *       "coordinator"
             *     ]
             */
            alsoRequiredFor: ("coordinator" | "operator")[];
        };
        Transfer: {
            decidedAt: string | null;
            decidedBy: string | null;
            /** @description The ship as the losing area registered it (still searchable) */
            former: {
                /**
                 * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                 * @example HK
                 * @enum {string}
                 */
                areaOfRegistry: "GD" | "HK" | "MO";
                callSign: string;
                companyId: number;
                epirbHexId: string | null;
                mmsi: string;
                nameEn: string;
                nameZh: string;
                nationalRegistrationNumber: string | null;
                portOfRegistry: string;
            };
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            fromArea: "GD" | "HK" | "MO";
            id: number;
            note: string | null;
            releasedAt: string;
            releasedBy: string;
            /** @enum {string} */
            state: "released" | "accepted" | "cancelled";
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            toArea: "GD" | "HK" | "MO";
            vesselId: number;
        };
        TransferResult: {
            /** @description On acceptance, the losing agency's plan: it stays in force and recognised until the gaining agency issues its own, which then supersedes it */
            handedOverPlan: {
                id: number;
                planNumber: string;
            } | null;
            /** @description On acceptance, the ship's open proposals, now waiting for the gaining agency's registrars */
            movedProposals: number[];
            transfer: components["schemas"]["Transfer"];
            vessel: components["schemas"]["Vessel"];
            /** @description On acceptance, a plan of the losing agency never issued: it covered nothing and is withdrawn as "transferred" */
            withdrawnPlan: {
                id: number;
                planNumber: string;
            } | null;
        };
        Verification: {
            copyNumber?: number;
            genuine: boolean;
            holderNameEn?: string;
            holderNameZh?: string;
            /**
             * @description The copy's revision's issue date
             * @example 2026-09-22
             */
            issuedOn?: string;
            planNumber?: string;
            /** @description The plan's recognition by the other agencies today (a copy prints it as at its issue date) */
            recognitions?: components["schemas"]["Recognition"][];
            revision?: number;
            /** @enum {string} */
            status?: "current" | "superseded" | "withdrawn";
            /** @description The revision that superseded this one, and its issue date; null while current or withdrawn */
            supersededBy?: {
                revision: number;
                since: string;
            } | null;
            /** @description When the plan was withdrawn; null otherwise */
            withdrawnOn?: string | null;
        };
        VerifyByChecksum: {
            code?: string;
            sha256?: string;
        } & ({
            sha256: string;
        } | {
            code: string;
        });
        Vessel: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            areaOfRegistry: "GD" | "HK" | "MO";
            callSign: string;
            communications: {
                bridgePhone: string | null;
                otherRadio: string | null;
                satellite: string[];
                vhf: string;
            };
            companyId: number;
            createdAt: string;
            crew: number;
            epirbHexId: string | null;
            formerNames: {
                nameEn: string | null;
                nameZh: string | null;
                until: string | null;
            }[];
            grossTonnage: number;
            helicopterWinchingArea: string | null;
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            homeAgency: "GD" | "HK" | "MO";
            hullColour: string;
            id: number;
            identifyingMarks: string | null;
            imoNumber: string | null;
            lengthMetres: number;
            lifeSaving: {
                liferaftCapacity: number;
                liferafts: number;
                marineEvacuationSystems: number;
                rescueBoats: number;
            };
            maxPassengers: number;
            medicalFacilities: string | null;
            mmsi: string;
            nameEn: string;
            nameZh: string;
            nationalRegistrationNumber: string | null;
            portOfRegistry: string;
            route: {
                crossingMinutes: number;
                ports: string[];
                sailingsPerDay: number;
            };
            /** @enum {string} */
            status: "in_service" | "laid_up" | "withdrawn";
            superstructureColour: string;
            /** @enum {string} */
            type: "high_speed_passenger_craft" | "catamaran" | "jetfoil" | "hydrofoil" | "air_cushion_vehicle" | "monohull";
            updatedAt: string;
            version: number;
        };
        VesselInput: {
            /**
             * @description Where the ship is registered; decides its home agency
             * @example HK
             * @enum {string}
             */
            areaOfRegistry: "GD" | "HK" | "MO";
            /**
             * @description Call sign from the area's ITU series
             * @example VRJF7
             */
            callSign: string;
            /** @description How to reach the ship */
            communications: {
                /**
                 * @description The bridge's mobile telephone
                 * @example +852 2233 7999
                 */
                bridgePhone?: string | null;
                /** @default null */
                otherRadio?: string | null;
                /**
                 * @description Satellite numbers (Inmarsat and others)
                 * @default []
                 */
                satellite?: string[];
                /** @example VHF 16, 12, 70 (DSC) */
                vhf: string;
            };
            /**
             * @description The operating company
             * @example 1
             */
            companyId: number;
            /** @example 8 */
            crew: number;
            /**
             * @description EPIRB 406 MHz hex ID: 15 hexadecimal characters, or 23 for a second-generation beacon (C/S T.018)
             * @default null
             * @example ADC6D26C5200001
             */
            epirbHexId?: string | null;
            /**
             * @description Names the ship sailed under before, searched by the incident lookup
             * @default []
             */
            formerNames?: {
                /** @default null */
                nameEn?: string | null;
                /** @default null */
                nameZh?: string | null;
                /**
                 * Format: date
                 * @default null
                 * @example 2026-11-25
                 */
                until?: string | null;
            }[];
            /** @example 267 */
            grossTonnage: number;
            /** @default null */
            helicopterWinchingArea?: string | null;
            /** @example white with red stripe / 白色紅條 */
            hullColour: string;
            /** @default null */
            identifyingMarks?: string | null;
            /**
             * @description IMO ship number; absent only for jetfoils, hydrofoils and air-cushion vehicles
             * @default null
             * @example 9319466
             */
            imoNumber?: string | null;
            /** @example 27.4 */
            lengthMetres: number;
            lifeSaving: {
                liferaftCapacity: number;
                liferafts: number;
                marineEvacuationSystems: number;
                rescueBoats: number;
            };
            /**
             * @description Maximum passengers certified
             * @example 260
             */
            maxPassengers: number;
            /** @default null */
            medicalFacilities?: string | null;
            /**
             * @description Ship station MMSI: the MID of the area of registry + 6 digits
             * @example 477101500
             */
            mmsi: string;
            /**
             * @description Name in English
             * @example Golden Dragon Wing
             */
            nameEn: string;
            /**
             * @description Name in Chinese (traditional or simplified, as registered)
             * @example 金龍飛翼
             */
            nameZh: string;
            /**
             * @description Required when the craft has no IMO number
             * @default null
             * @example HK-JF-0871
             */
            nationalRegistrationNumber?: string | null;
            /** @example Hong Kong */
            portOfRegistry: string;
            /** @description The scheduled route: it must touch at least two of the three areas */
            route: {
                crossingMinutes: number;
                /**
                 * @description Ports by code from GET /api/ports, or by a name: a port's full name, or a name people use for it (上環, 外港 …) that only one port answers to; kept as codes. A name several ports answer to (澳門, 機場) is refused with the ports it could be.
                 * @example [
                 *       "HKG-SW",
                 *       "MAC-OH"
                 *     ]
                 */
                ports: string[];
                sailingsPerDay: number;
            };
            /**
             * @default in_service
             * @enum {string}
             */
            status?: "in_service" | "laid_up" | "withdrawn";
            /** @example white / 白色 */
            superstructureColour: string;
            /** @enum {string} */
            type: "high_speed_passenger_craft" | "catamaran" | "jetfoil" | "hydrofoil" | "air_cushion_vehicle" | "monohull";
        } & (unknown & unknown);
        VesselPatch: {
            /**
             * @description Call sign from the area's ITU series
             * @example VRJF7
             */
            callSign?: string;
            /** @description How to reach the ship */
            communications?: {
                /**
                 * @description The bridge's mobile telephone
                 * @example +852 2233 7999
                 */
                bridgePhone?: string | null;
                /** @default null */
                otherRadio?: string | null;
                /**
                 * @description Satellite numbers (Inmarsat and others)
                 * @default []
                 */
                satellite?: string[];
                /** @example VHF 16, 12, 70 (DSC) */
                vhf: string;
            };
            /**
             * @description The operating company
             * @example 1
             */
            companyId?: number;
            /** @example 8 */
            crew?: number;
            epirbHexId?: string | null;
            formerNames?: {
                /** @default null */
                nameEn?: string | null;
                /** @default null */
                nameZh?: string | null;
                /**
                 * Format: date
                 * @default null
                 * @example 2026-11-25
                 */
                until?: string | null;
            }[];
            /** @example 267 */
            grossTonnage?: number;
            helicopterWinchingArea?: string | null;
            /** @example white with red stripe / 白色紅條 */
            hullColour?: string;
            identifyingMarks?: string | null;
            imoNumber?: string | null;
            /** @example 27.4 */
            lengthMetres?: number;
            lifeSaving?: {
                liferaftCapacity: number;
                liferafts: number;
                marineEvacuationSystems: number;
                rescueBoats: number;
            };
            /**
             * @description Maximum passengers certified
             * @example 260
             */
            maxPassengers?: number;
            medicalFacilities?: string | null;
            /**
             * @description Ship station MMSI: the MID of the area of registry + 6 digits
             * @example 477101500
             */
            mmsi?: string;
            /**
             * @description Name in English
             * @example Golden Dragon Wing
             */
            nameEn?: string;
            /**
             * @description Name in Chinese (traditional or simplified, as registered)
             * @example 金龍飛翼
             */
            nameZh?: string;
            nationalRegistrationNumber?: string | null;
            /** @example Hong Kong */
            portOfRegistry?: string;
            /** @description The scheduled route: it must touch at least two of the three areas */
            route?: {
                crossingMinutes: number;
                /**
                 * @description Ports by code from GET /api/ports, or by a name: a port's full name, or a name people use for it (上環, 外港 …) that only one port answers to; kept as codes. A name several ports answer to (澳門, 機場) is refused with the ports it could be.
                 * @example [
                 *       "HKG-SW",
                 *       "MAC-OH"
                 *     ]
                 */
                ports: string[];
                sailingsPerDay: number;
            };
            /** @enum {string} */
            status?: "in_service" | "laid_up" | "withdrawn";
            /** @example white / 白色 */
            superstructureColour?: string;
            /** @enum {string} */
            type?: "high_speed_passenger_craft" | "catamaran" | "jetfoil" | "hydrofoil" | "air_cushion_vehicle" | "monohull";
        };
        Webhook: {
            /**
             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
             * @example HK
             * @enum {string}
             */
            agency: "GD" | "HK" | "MO";
            createdAt: string;
            createdBy: string;
            /** @description The latest deliveries, newest first */
            deliveries: {
                attempts: number;
                /** @description The change's cursor */
                change: number;
                deliveredAt: string | null;
                deliveryId: string;
                /** @description Why the last attempt failed, in a few words: answered 4xx, could not connect, no answer within 10 s … */
                lastError: string | null;
                /**
                 * @description The class of the receiver's last answer (2xx … 5xx); never its exact status or body
                 * @example 2xx
                 */
                lastStatusClass: string | null;
                nextAttemptAt: string | null;
                /** @enum {string} */
                state: "pending" | "delivered" | "failed";
            }[];
            id: number;
            url: string;
        };
        WithdrawPlan: {
            /** @example Ship sold out of the trade */
            reason: string;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    listAgencies: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agencies, GD, HK, MO */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Agency"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getAgency: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                code: "GD" | "HK" | "MO";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency; ETag header for updates of its blocks */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAgencyCertificates: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                code: "GD" | "HK" | "MO";
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The agency's certificates */
            200: {
                headers: {
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["SigningCertificate"][];
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceAgencyFacilities: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                code: "GD" | "HK" | "MO";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Facilities"];
            };
        };
        responses: {
            /** @description Saved; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceAgencyRcc: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                code: "GD" | "HK" | "MO";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["RccBlock"];
            };
        };
        responses: {
            /** @description Saved; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    replaceAgencySettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                code: "GD" | "HK" | "MO";
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AgencySettings"];
            };
        };
        responses: {
            /** @description Saved; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Agency"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getArrangement: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The arrangement */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Arrangement"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSignaturePair: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                pair: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The pair */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementPair"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordSigning: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                pair: string;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["Signing"];
            };
        };
        responses: {
            /** @description Recorded; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementPair"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelSigning: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                pair: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementPair"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmSigning: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                pair: string;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Confirmed; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ArrangementPair"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listAuditEvents: {
        parameters: {
            query?: {
                actorId?: number;
                /** @description Part of the acting person's name */
                actorName?: string;
                /** @description Continue after this id (the `nextCursor` of the previous page) */
                cursor?: number;
                /** @description Events at or after this time */
                from?: string;
                /** @description Page size, 1–200 */
                limit?: number;
                recordId?: string;
                recordType?: "agency" | "arrangement" | "company" | "vessel" | "plan" | "exercise" | "copy" | "account";
                /** @description Events before this time */
                to?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of events */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["AuditEvent"][];
                        nextCursor: number | null;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listChanges: {
        parameters: {
            query?: {
                /** @description The cursor of the last change read (nothing: from the beginning) */
                after?: string;
                limit?: number;
                /** @description Seconds to hold an empty answer for the next change (0–30) */
                wait?: number | null;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The changes after the cursor */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Change"][];
                        /** @description Send as `after` next time, whether or not there were items */
                        nextCursor: string;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCompanies: {
        parameters: {
            query?: {
                /** @description Continue after this id (the `nextCursor` of the previous page) */
                cursor?: number;
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                homeAgency?: "GD" | "HK" | "MO";
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Part of the Chinese or English name */
                name?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of companies */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Company"][];
                        nextCursor: number | null;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerCompany: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "homeAgency": "HK",
                 *       "nameZh": "港澳飛翼船務有限公司",
                 *       "nameEn": "Harbour Wing Jetfoil Company Limited",
                 *       "addressZh": "香港上環干諾道中200號信德中心西座12樓",
                 *       "addressEn": "12/F West Tower, Shun Tak Centre, 200 Connaught Road Central, Sheung Wan, Hong Kong",
                 *       "imoCompanyNumber": "5812343",
                 *       "emergencyPhone": "+852 2859 3111",
                 *       "emergencyPhoneAlt": "+852 9123 4567",
                 *       "designatedPerson": {
                 *         "name": "陳志明 Chan Chi-ming",
                 *         "phone": "+852 2859 3100",
                 *         "mobile": null,
                 *         "email": "dpa@harbourwing.example"
                 *       },
                 *       "emergencyTeam": {
                 *         "name": "Fleet Operations Centre",
                 *         "phone": "+852 2859 3120",
                 *         "email": "ops@harbourwing.example"
                 *       },
                 *       "mediaContact": {
                 *         "name": "Corporate Communications",
                 *         "phone": "+852 2859 3200",
                 *         "email": "press@harbourwing.example"
                 *       }
                 *     }
                 */
                "application/json": components["schemas"]["CompanyInput"];
            };
        };
        responses: {
            /** @description Registered; Location and ETag headers */
            201: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company; ETag header */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeCompany: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["CompanyPatch"];
            };
        };
        responses: {
            /** @description Changed; new ETag header */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Company"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listExercisesDue: {
        parameters: {
            query?: {
                /** @description Plans whose next exercise falls due within this many days (or is overdue) */
                within?: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Due and overdue, soonest first */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: {
                            /** @description Negative when overdue */
                            daysUntilDue: number;
                            /**
                             * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                             * @example HK
                             * @enum {string}
                             */
                            homeAgency: "GD" | "HK" | "MO";
                            nextDue: string;
                            overdue: boolean;
                            planId: number;
                            planNumber: string;
                            vessel: {
                                id: number;
                                nameEn: string;
                                nameZh: string;
                            };
                        }[];
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    exportFleet: {
        parameters: {
            query: {
                /** @description One company's ships only */
                companyId?: number;
                format?: "xlsx" | "csv";
                kind: "ships" | "companies" | "plans";
                /** @description Ships in this state only */
                status?: "in_service" | "laid_up" | "withdrawn";
                /** @description Ships of this type only */
                type?: "high_speed_passenger_craft" | "catamaran" | "jetfoil" | "hydrofoil" | "air_cushion_vehicle" | "monohull";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The sheet */
            200: {
                headers: {
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkFleetImport: {
        parameters: {
            query: {
                kind: "ships" | "companies";
                /** @description The file's name, for the report */
                name?: string;
            };
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                "text/csv": string;
            };
        };
        responses: {
            /** @description Checked: every problem, by row and column */
            201: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetImport"] & {
                        unknownColumns: string[];
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFleetImport: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The import */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetImport"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    abandonFleetImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Abandoned */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetImport"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    confirmFleetImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Importing */
            202: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetImport"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resumeFleetImport: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Importing */
            202: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["FleetImport"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getFleetTemplate: {
        parameters: {
            query: {
                format?: "xlsx" | "csv";
                kind: "ships" | "companies";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The template */
            200: {
                headers: {
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": string;
                    "text/csv": string;
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getIncidentBook: {
        parameters: {
            query?: {
                /** @description Only the ships registered in this area */
                area?: "GD" | "HK" | "MO";
                format?: "pdf" | "html";
                /** @description The Chinese script of the labels: the caller's agency's unless given (Guangdong: Simplified) */
                script?: "hant" | "hans";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The book, as an attachment named with the day it was made */
            200: {
                headers: {
                    /** @description `bytes`: a download cut off can be resumed with Range */
                    "Accept-Ranges"?: string;
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                    "text/html": string;
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    lookupVessels: {
        parameters: {
            query: {
                limit?: number;
                q: string;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Best matches first */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    /**
                     * @example {
                     *       "query": "澳门之星",
                     *       "items": [
                     *         {
                     *           "match": "name prefix",
                     *           "vessel": {
                     *             "id": 8,
                     *             "nameZh": "澳門之星",
                     *             "nameEn": "Macau Star",
                     *             "formerNames": [
                     *               {
                     *                 "nameZh": "海榮",
                     *                 "nameEn": "Ocean Glory",
                     *                 "until": "2019-03-01"
                     *               }
                     *             ],
                     *             "type": "catamaran",
                     *             "status": "in_service",
                     *             "areaOfRegistry": "MO",
                     *             "imoNumber": "9319466",
                     *             "nationalRegistrationNumber": null,
                     *             "mmsi": "453300100",
                     *             "callSign": "XXMS2",
                     *             "epirbHexId": "38A4928880FFBFF",
                     *             "hullColour": "red / 紅色",
                     *             "superstructureColour": "white / 白色",
                     *             "maxPassengers": 418,
                     *             "crew": 12,
                     *             "maxPersonsOnBoard": 430,
                     *             "lengthMetres": 47.5,
                     *             "grossTonnage": 1320,
                     *             "lifeSaving": {
                     *               "liferafts": 12,
                     *               "liferaftCapacity": 450,
                     *               "marineEvacuationSystems": 2,
                     *               "rescueBoats": 1
                     *             },
                     *             "communications": {
                     *               "bridgePhone": "+853 6600 1001",
                     *               "satellite": [
                     *                 "Inmarsat C 445300101"
                     *               ],
                     *               "vhf": "VHF 16, 10, 70 (DSC)",
                     *               "otherRadio": null
                     *             },
                     *             "route": [
                     *               "MAC-OH",
                     *               "HKG-SW"
                     *             ],
                     *             "routePorts": [
                     *               {
                     *                 "code": "MAC-OH",
                     *                 "nameZh": "外港客運碼頭",
                     *                 "nameEn": "Outer Harbour Ferry Terminal"
                     *               },
                     *               {
                     *                 "code": "HKG-SW",
                     *                 "nameZh": "港澳客輪碼頭",
                     *                 "nameEn": "Hong Kong–Macau Ferry Terminal, Sheung Wan"
                     *               }
                     *             ],
                     *             "formerIdentifiers": [],
                     *             "formerRegistrations": []
                     *           },
                     *           "company": {
                     *             "id": 3,
                     *             "nameZh": "濠江高速客輪有限公司",
                     *             "nameEn": "Ho Kong High Speed Ferries Limited",
                     *             "emergencyPhone": "+853 2855 0001",
                     *             "emergencyPhoneAlt": "+853 6612 3456",
                     *             "designatedPerson": {
                     *               "name": "梁家輝 Leong Ka Fai",
                     *               "phone": "+853 2855 0010",
                     *               "mobile": null,
                     *               "email": "dpa@hokong.example"
                     *             },
                     *             "emergencyTeam": {
                     *               "name": "Operations Control",
                     *               "phone": "+853 2855 0020",
                     *               "email": "control@hokong.example"
                     *             }
                     *           },
                     *           "homeAgency": {
                     *             "code": "MO",
                     *             "nameZh": "澳門海事及水務局",
                     *             "nameEn": "Marine and Water Bureau, Macao",
                     *             "phone24h": "+853 2872 6766"
                     *           },
                     *           "centres": [
                     *             {
                     *               "code": "MO",
                     *               "nameZh": "澳門海事及水務局",
                     *               "nameEn": "Marine and Water Bureau, Macao",
                     *               "phone24h": "+853 2872 6766",
                     *               "shortNumber": null,
                     *               "vhfChannels": [
                     *                 "16",
                     *                 "10"
                     *               ]
                     *             },
                     *             {
                     *               "code": "GD",
                     *               "nameZh": "廣東省海上搜救中心",
                     *               "nameEn": "Guangdong Maritime Search and Rescue Centre",
                     *               "phone24h": "+86 20 8322 6000",
                     *               "shortNumber": "12395",
                     *               "vhfChannels": [
                     *                 "16",
                     *                 "70 (DSC)"
                     *               ]
                     *             },
                     *             {
                     *               "code": "HK",
                     *               "nameZh": "香港海上救援協調中心",
                     *               "nameEn": "Maritime Rescue Co-ordination Centre Hong Kong",
                     *               "phone24h": "+852 2233 7999",
                     *               "shortNumber": null,
                     *               "vhfChannels": [
                     *                 "16",
                     *                 "70 (DSC)"
                     *               ]
                     *             }
                     *           ],
                     *           "plan": {
                     *             "id": 6,
                     *             "planNumber": "MO-2025-0001",
                     *             "homeAgency": "MO",
                     *             "revision": 1,
                     *             "issuedOn": "2025-06-25",
                     *             "status": "current",
                     *             "staleFields": [],
                     *             "predatesRecords": false,
                     *             "recognitions": [
                     *               {
                     *                 "agency": "MO",
                     *                 "status": "compiled",
                     *                 "since": null,
                     *                 "until": null
                     *               },
                     *               {
                     *                 "agency": "GD",
                     *                 "status": "pending",
                     *                 "since": null,
                     *                 "until": null
                     *               },
                     *               {
                     *                 "agency": "HK",
                     *                 "status": "pending",
                     *                 "since": null,
                     *                 "until": null
                     *               }
                     *             ],
                     *             "copiesHeld": [
                     *               {
                     *                 "agency": "GD",
                     *                 "copyNumber": 1,
                     *                 "acknowledgedAt": null
                     *               },
                     *               {
                     *                 "agency": "HK",
                     *                 "copyNumber": 2,
                     *                 "acknowledgedAt": null
                     *               },
                     *               {
                     *                 "agency": "MO",
                     *                 "copyNumber": 3,
                     *                 "acknowledgedAt": null
                     *               }
                     *             ]
                     *           },
                     *           "incomingPlan": null
                     *         }
                     *       ]
                     *     }
                     */
                    "application/json": {
                        items: components["schemas"]["IncidentCard"][];
                        query: string;
                        /**
                         * @description Present when the primary database could not be reached and the answer was read from its replica: it may be a moment old
                         * @enum {string}
                         */
                        servedFrom?: "replica";
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPeople: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The people */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Person"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    createPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewPerson"];
            };
        };
        responses: {
            /** @description Opened; Location header */
            201: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeLink"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPerson: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The person */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    disablePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    enablePerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    resetPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Reset */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OneTimeLink"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    unlockPerson: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Done */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Person"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getSignInPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The policy */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInPolicy"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setSignInPolicy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["SignInPolicyChange"];
            };
        };
        responses: {
            /** @description Saved */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["SignInPolicy"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPlans: {
        parameters: {
            query?: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                area?: "GD" | "HK" | "MO";
                companyId?: number;
                /** @description Continue after this id (the `nextCursor` of the previous page) */
                cursor?: number;
                /** @description Page size, 1–200 */
                limit?: number;
                /** @description Only plans out of date with the records they print (true) or up to date (false) */
                stale?: "true" | "false";
                status?: "draft" | "issued" | "withdrawn";
                vesselId?: number;
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of plans */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Plan"][];
                        nextCursor: number | null;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openPlan: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "vesselId": 8
                 *     }
                 */
                "application/json": components["schemas"]["OpenPlan"];
            };
        };
        responses: {
            /** @description Opened; Location and ETag headers */
            201: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getPlan: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The plan; ETag header for changes */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    openDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Draft opened */
            201: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    editDraft: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "routeNotes": "Outer Harbour – Sheung Wan, 24 sailings a day; night sailings by the Taipa route in typhoon season"
                 *     }
                 */
                "application/json": components["schemas"]["DraftPatch"];
            };
        };
        responses: {
            /** @description Edited; new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    recordExercise: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseInput"];
            };
        };
        responses: {
            /** @description Recorded */
            201: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencies: ("GD" | "HK" | "MO")[];
                        date: string;
                        id: number;
                        /** @enum {string} */
                        kind: "communications" | "table_top" | "full_scale";
                        lessonsLearned: string | null;
                        scenario: string;
                        /** @enum {string} */
                        state: "planned" | "held";
                        voluntary: boolean;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    markExerciseHeld: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                exerciseId: number;
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ExerciseHeld"];
            };
        };
        responses: {
            /** @description Recorded as held */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        agencies: ("GD" | "HK" | "MO")[];
                        date: string;
                        id: number;
                        /** @enum {string} */
                        kind: "communications" | "table_top" | "full_scale";
                        lessonsLearned: string | null;
                        scenario: string;
                        /** @enum {string} */
                        state: "planned" | "held";
                        voluntary: boolean;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    issuePlan: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "summary": "Annual revision: the emergency team has a new number",
                 *       "change": "minor"
                 *     }
                 */
                "application/json": components["schemas"]["IssuePlan"];
            };
        };
        responses: {
            /** @description Issued; the previous revision is superseded */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Cannot be carried out as it stands, or an Idempotency-Key already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkIssueReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The open draft, checked as issuing would check it */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Readiness"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listRecognitions: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Recognition per revision */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao
                         * @example HK
                         * @enum {string}
                         */
                        homeAgency: "GD" | "HK" | "MO";
                        planNumber: string;
                        revisions: {
                            issuedOn: string;
                            recognitions: components["schemas"]["Recognition"][];
                            revision: number;
                            /** @enum {string} */
                            state: "issued" | "superseded";
                        }[];
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getRevision: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The revision */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Revision"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listCopies: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The copies */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CopyList"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    downloadCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description The ETag of the copy the range is of; another gets the whole copy */
                "If-Range"?: string;
                /** @description One byte range (`bytes=1000-`, `bytes=0-499`, `bytes=-500`), to resume a download cut off; several ranges get the whole copy */
                Range?: string;
            };
            path: {
                id: number;
                n: number;
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The PDF */
            200: {
                headers: {
                    /** @description `bytes`: a download cut off can be resumed with Range */
                    "Accept-Ranges"?: string;
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description The bytes of the one range asked for (Content-Range says which) */
            206: {
                headers: {
                    /** @description `bytes`: a download cut off can be resumed with Range */
                    "Accept-Ranges"?: string;
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description Which bytes of the file this answer holds (`bytes 0-499/245000`), or its size on a 416 (`bytes *\/245000`) */
                    "Content-Range"?: string;
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/pdf": string;
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Range asked for lies wholly past the end of the file (Content-Range names its size) */
            416: {
                headers: {
                    /** @description Which bytes of the file this answer holds (`bytes 0-499/245000`), or its size on a 416 (`bytes *\/245000`) */
                    "Content-Range"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acknowledgeCopy: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path: {
                id: number;
                n: number;
                rev: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Already acknowledged */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Copy"];
                };
            };
            /** @description Acknowledged */
            201: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Copy"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    setPlanSettings: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["PlanSettings"];
            };
        };
        responses: {
            /** @description Changed */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawPlan: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "reason": "Ship sold out of the trade"
                 *     }
                 */
                "application/json": components["schemas"]["WithdrawPlan"];
            };
        };
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Plan"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    reissueAfterAgencyChanges: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description What was renewed and what failed, with why */
            200: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReissueReport"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listPorts: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The port list */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Port"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listProposals: {
        parameters: {
            query?: {
                /** @description Continue after this id (the `nextCursor` of the previous page) */
                cursor?: number;
                /** @description Page size, 1–200 */
                limit?: number;
                state?: "open" | "approved" | "rejected" | "withdrawn";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of proposals */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Proposal"][];
                        nextCursor: number | null;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    proposeChange: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ProposalInput"];
            };
        };
        responses: {
            /** @description Proposed; Location and ETag headers */
            201: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getProposal: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The proposal; ETag header */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ProposalDetail"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    decideProposal: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["DecisionInput"];
            };
        };
        responses: {
            /** @description Decided */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    withdrawProposal: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Withdrawn */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Proposal"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listOpenTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Open releases */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["OpenTransfers"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    verifyCopy: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json": components["schemas"]["VerifyByChecksum"];
                "application/octet-stream": string;
                "application/pdf": string;
                "multipart/form-data": {
                    /** Format: binary */
                    file?: string;
                };
            };
        };
        responses: {
            /** @description The answer; nothing more is disclosed */
            200: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Verification"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVessels: {
        parameters: {
            query?: {
                /** @description Area / agency: GD Guangdong, HK Hong Kong, MO Macao */
                area?: "GD" | "HK" | "MO";
                companyId?: number;
                /** @description Continue after this id (the `nextCursor` of the previous page) */
                cursor?: number;
                /** @description Page size, 1–200 */
                limit?: number;
                status?: "in_service" | "laid_up" | "withdrawn";
                type?: "high_speed_passenger_craft" | "catamaran" | "jetfoil" | "hydrofoil" | "air_cushion_vehicle" | "monohull";
            };
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description A page of vessels */
            200: {
                headers: {
                    /** @description `<…>; rel="next"`: the address of the next page, when there is one */
                    Link?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Vessel"][];
                        nextCursor: number | null;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerVessel: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                /**
                 * @example {
                 *       "companyId": 1,
                 *       "areaOfRegistry": "HK",
                 *       "nameZh": "金龍飛翼",
                 *       "nameEn": "Golden Dragon Wing",
                 *       "formerNames": [],
                 *       "imoNumber": null,
                 *       "nationalRegistrationNumber": "HK-JF-0871",
                 *       "mmsi": "477101500",
                 *       "callSign": "VRJF7",
                 *       "portOfRegistry": "Hong Kong",
                 *       "type": "jetfoil",
                 *       "grossTonnage": 267,
                 *       "lengthMetres": 27.4,
                 *       "hullColour": "white with red stripe / 白色紅條",
                 *       "superstructureColour": "white / 白色",
                 *       "identifyingMarks": "JF07 on bow",
                 *       "maxPassengers": 260,
                 *       "crew": 8,
                 *       "epirbHexId": "3BA4318F80FFBFF",
                 *       "communications": {
                 *         "bridgePhone": "+852 9800 1007",
                 *         "satellite": [],
                 *         "vhf": "VHF 16, 12, 70 (DSC)",
                 *         "otherRadio": "MF/HF DSC"
                 *       },
                 *       "route": {
                 *         "ports": [
                 *           "HKG-SW",
                 *           "MAC-OH"
                 *         ],
                 *         "sailingsPerDay": 24,
                 *         "crossingMinutes": 60
                 *       },
                 *       "lifeSaving": {
                 *         "liferafts": 6,
                 *         "liferaftCapacity": 300,
                 *         "marineEvacuationSystems": 0,
                 *         "rescueBoats": 1
                 *       },
                 *       "helicopterWinchingArea": null,
                 *       "medicalFacilities": "First-aid kit, AED",
                 *       "status": "in_service"
                 *     }
                 */
                "application/json": components["schemas"]["VesselInput"];
            };
        };
        responses: {
            /** @description Registered; Location and ETag headers */
            201: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vessel"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    getVessel: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The vessel; ETag header */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vessel"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    changeVessel: {
        parameters: {
            query?: never;
            header: {
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["VesselPatch"];
            };
        };
        responses: {
            /** @description Changed; new ETag header */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Vessel"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    acceptVessel: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["AcceptInput"];
            };
        };
        responses: {
            /** @description Accepted; the vessel has a new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResult"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    releaseVessel: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["ReleaseInput"];
            };
        };
        responses: {
            /** @description Released; the vessel has a new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResult"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    cancelRelease: {
        parameters: {
            query?: never;
            header: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
                /** @description The ETag from the last read of the record (`*` is refused: it would overwrite a change made since) */
                "If-Match": string;
            };
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Cancelled; the vessel has a new ETag */
            200: {
                headers: {
                    /** @description The version of the record as answered: send it as If-Match with the next change, or as If-None-Match to read again */
                    ETag?: string;
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["TransferResult"];
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Conflicts with the registry (duplicate identifier, immutable record), or a request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match does not match the current ETag */
            412: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description If-Match is required, with the ETag of the last read (`*` is refused) */
            428: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listVesselTransfers: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The transfers */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Transfer"][];
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    listWebhooks: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The webhooks */
            200: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        items: components["schemas"]["Webhook"][];
                    };
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    registerWebhook: {
        parameters: {
            query?: never;
            header?: {
                /** @description Any unique string (a UUID): the same request sent again with it is answered as the first was, and not carried out twice, for 24 hours. The same key with another request is 422; while the first is still being carried out, 409. */
                "Idempotency-Key"?: string;
            };
            path?: never;
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json": components["schemas"]["NewWebhook"];
            };
        };
        responses: {
            /** @description Registered */
            201: {
                headers: {
                    /** @description `true` when this is the kept answer to an earlier request with the same Idempotency-Key */
                    "Idempotent-Replayed"?: string;
                    /** @description The address of the record created */
                    Location?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["Webhook"] & {
                        /** @description The HMAC-SHA256 key for X-Registry-Signature; shown once */
                        secret: string;
                    };
                };
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description A request with the same Idempotency-Key is still being carried out */
            409: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Body larger than the limit */
            413: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Content-Type must be application/json */
            415: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The Idempotency-Key was already used with another request */
            422: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    removeWebhook: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                id: number;
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Removed */
            204: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content?: never;
            };
            /** @description Malformed request or invalid fields: every problem is named in `errors` */
            400: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description No such record */
            404: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkLiveness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Alive */
            200: {
                headers: {
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    readMetrics: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The metrics */
            200: {
                headers: {
                    /** @description The file name to save the download under */
                    "Content-Disposition"?: string;
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "text/plain": string;
                };
            };
            /** @description No valid access token */
            401: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Not allowed for this principal */
            403: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Where the caller's budget stands: `"token";r=598;t=2`, requests left and seconds until it is full again */
                    RateLimit?: string;
                    /** @description The caller's budget (IETF httpapi RateLimit fields): `"token";q=600;w=60`, requests per 60 seconds; lookups have a budget of their own, `"lookup"` */
                    "RateLimit-Policy"?: string;
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
    checkReadiness: {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description Ready */
            200: {
                headers: {
                    /** @description `replica` when the answer was read from the replica because the primary database could not be reached: it may be a moment old */
                    "Registry-Served-From"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/json": {
                        /**
                         * @description The primary database cannot be reached; lookups are read from its replica, and changes are paused
                         * @enum {string}
                         */
                        servedFrom?: "replica";
                        /** @description Whether each agency's copies can be signed, so its plans issued: ready, missing (no signing key), locked (the passphrase does not open it) or expired. Lookups are served either way, so the status stays 200. */
                        signing?: {
                            /** @enum {string} */
                            GD: "ready" | "missing" | "locked" | "expired";
                            /** @enum {string} */
                            HK: "ready" | "missing" | "locked" | "expired";
                            /** @enum {string} */
                            MO: "ready" | "missing" | "locked" | "expired";
                        };
                        /** @description What stops an agency signing, in words, with the command that fixes it */
                        signingProblems?: string[];
                        /** @enum {string} */
                        status: "ok";
                    };
                };
            };
            /** @description Over the rate limit: wait for the seconds in Retry-After */
            429: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description An unexpected failure, logged under the request id; nothing was changed */
            500: {
                headers: {
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
            /** @description The database is busy or not answering: nothing was changed; retry after the seconds in Retry-After */
            503: {
                headers: {
                    /** @description Seconds to wait before sending the request again */
                    "Retry-After"?: string;
                    /** @description The server's id of this request: quote it when reporting a problem */
                    "X-Request-Id"?: string;
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["Problem"];
                };
            };
        };
    };
}
