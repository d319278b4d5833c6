# oracle: seed 168, closed, runs cleanly
import torch
from torch import nn

rnn_0 = nn.GRU(9, 5, 1, True, False, bidirectional=True)
x_0 = torch.randn(5, 9)
hx_0 = torch.zeros(2, 5)
out_0, _ = rnn_0(x_0, hx_0)

lstm_1 = nn.LSTM(3, 3, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(2, 3, 3))
r_1_0 = out_1.permute(2, 0, 1)
r_1_1 = out_1.size(2)
r_1_2 = out_1.size()
r_1_3 = c_1.repeat(1, 1, 1)

gru_2 = nn.GRU(4, 7)
x_2 = torch.randn(4, 3, 4)
if x_2.size(-1) == 4:
    out_2, _ = gru_2(x_2)
else:
    out_2, _ = gru_2(torch.randn(2, 2, 5))

def encode_3(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_3 = nn.GRU(7, 2)
last_3_0 = encode_3(enc_3, torch.zeros(1, 1, 7), h0=torch.zeros(1, 1, 2))
last_3_1 = encode_3(enc_3, torch.rand((1, 3, 7)))

cell_4 = nn.GRUCell(3, 7)
xs_4 = torch.randn(4, 2, 3)
h_4 = torch.zeros(2, 7)
outputs_4 = []
for t in range(4):
    if t == 3:
        break
    h_4 = cell_4(xs_4[t], h_4)
    outputs_4.append(h_4)
seq_4 = torch.stack(outputs_4)
