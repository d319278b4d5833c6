// A bidirectional encoder whose classifier head forgot that both directions are concatenated:
// the LSTM's output has 2 * hidden features.
import { nn, type Tensor } from "rnnlens";

export class Encoder extends nn.Module {
  rnn: InstanceType<typeof nn.LSTM>;
  classifier: InstanceType<typeof nn.Linear>;
  constructor(inputSize: number, hidden: number, classes: number) {
    super();
    this.rnn = new nn.LSTM(inputSize, hidden, { bidirectional: true });
    this.classifier = new nn.Linear(hidden, classes);
  }

  /** @shape x [seq, batch, features] */
  forward(x: Tensor): Tensor {
    const [out] = this.rnn.forward(x);
    return this.classifier.forward(out.select(0, -1)); // rnnlens-expect: linear-in-features-mismatch
  }
}
