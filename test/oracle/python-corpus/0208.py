# oracle: seed 208, closed, raises RuntimeError at line 7
import torch
from torch import nn

rnn_0 = nn.LSTM(3, 9, 2, True, False, bidirectional=True)
x_0 = torch.randn(4, 2)
out_0, _ = rnn_0(x_0)
y_0 = out_0[-1].view(18)

lstm_1 = nn.LSTM(3, 6, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 4, 3))
r_1_0 = torch.split(out_1, 6, dim=2)[0]
r_1_1 = c_1.repeat(1, 1, 2)
r_1_2 = c_1.repeat(1, 1, 2)
a_1, b_1 = out_1.chunk(2, dim=0)

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = nn.GRU(5, 4, num_layers=3)
last_2_0 = encode_2(enc_2, torch.zeros(2, 1, 5), h0=torch.zeros((3, 1, 4)))
