// oracle: seed 386, closed, runs cleanly
import { torch, nn } from "rnnlens";

const m_0 = new nn.RNN({ input_size: 5, hiddenSize: 4, numLayers: 2, batch_first: true, dropout: 0.1 });
const shape_0_8558 = [4, 5, 5];
const x_0 = torch.ones(...shape_0_8558);
const [out_0, st_0] = m_0.forward(x_0, torch.zeros(2, 4, 4));
const n_0 = out_0.size(2) * st_0.size(0);

const m_1 = new nn.GRU(4, 6);
it("runs the layer", () => {
  m_1.forward(torch.randn(2, 3, 4));
});
