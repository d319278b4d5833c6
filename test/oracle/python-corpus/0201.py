# oracle: seed 201, closed, raises RuntimeError at line 34
import torch

gru_0 = torch.nn.GRU(7, 2)
x_0 = torch.randn(3, 7)
cell_0 = torch.nn.GRUCell(7, 2)
if x_0.dim() == 3:
    out_0, _ = gru_0(x_0)
else:
    out_0 = cell_0(x_0)

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.RNN(8, 9, 3, batch_first=True, dropout=0.2, bidirectional=True)
last_1_0 = encode_1(enc_1, torch.ones([1, 4, 8]), h0=torch.zeros(6, 1, 9), batch_first=True)
last_1_1 = encode_1(enc_1, torch.randn(2, 2, 8).float(), h0=torch.zeros(6, 2, 9), batch_first=True)

cell_2 = torch.nn.RNNCell(2, 6)
xs_2 = torch.randn(5, 3, 2)
h_2 = torch.zeros(3, 6)
outputs_2 = []
for t in range(xs_2.size(0)):
    if t == 3:
        break
    h_2 = cell_2(xs_2[t], h_2)
    if t == 2:
        h_2 = torch.zeros(3, 7)
    outputs_2.append(h_2)
seq_2 = torch.stack(outputs_2)
