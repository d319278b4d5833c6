// A character-level RNN stepped one character at a time with an RNNCell, as in the PyTorch
// name-classification tutorial. The cell is built for one-hot letters of size N_LETTERS, but the
// input is built with the wrong alphabet size.
import { nn, torch, type Tensor } from "rnnlens";

const N_LETTERS = 57;
const N_HIDDEN = 128;

class CharRNN extends nn.Module {
  cell: InstanceType<typeof nn.RNNCell>;
  out: InstanceType<typeof nn.Linear>;
  constructor(inputSize: number, hiddenSize: number, outputSize: number) {
    super();
    this.cell = new nn.RNNCell(inputSize, hiddenSize);
    this.out = new nn.Linear(hiddenSize, outputSize);
  }

  initHidden(batch: number): Tensor {
    return torch.zeros(batch, N_HIDDEN);
  }

  /** @shape line [seq, batch, 57] */
  forward(line: Tensor): Tensor {
    let hidden = this.initHidden(line.size(1));
    for (let i = 0; i < line.size(0); i++) {
      hidden = this.cell.forward(line.select(0, i), hidden);
    }
    return this.out.forward(hidden);
  }
}

const rnn = new CharRNN(N_LETTERS, N_HIDDEN, 18);
const letters = torch.zeros(6, 1, 58); // one letter too many in the alphabet
let h = rnn.initHidden(1);
for (let t = 0; t < 6; t++) {
  h = rnn.cell.forward(letters.select(0, t), h); // rnnlens-expect: cell-input-mismatch
}
