import { type EmissionStep, emissionRatePerSecond, emissionSchedule } from '@rialto/protocol/emission-schedule'
import { grouped } from './parse-props'

const confidenceLabels: Record<EmissionStep['confidence'], string> = {
  verified: 'verified',
  'single-source': 'one source',
  'unverified-date': 'rate known, date a placeholder',
}

/** VVV staking emissions over time, as the protocol package's researched schedule has them. */
export function EmissionScheduleTable() {
  return (
    <figure>
      <table>
        <caption>VVV staking emissions, by the date each rate took effect (UTC)</caption>
        <thead>
          <tr>
            <th scope="col">from</th>
            <th scope="col">VVV a year</th>
            <th scope="col">emissionRatePerSecond (wei)</th>
            <th scope="col">confidence</th>
          </tr>
        </thead>
        <tbody>
          {emissionSchedule.map((step) => (
            <tr key={step.effective}>
              <td>{step.effective}</td>
              <td>{grouped(step.vvvPerYear)}</td>
              <td>
                <code>{emissionRatePerSecond(step.vvvPerYear).toString()}</code>
              </td>
              <td>{confidenceLabels[step.confidence]}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  )
}
