// FilingWorkflow: filing kinds, states, events, transitions and the deadlines each state arms. Pure.
