# oracle: seed 190, closed, runs cleanly
import torch
from torch.nn import Conv1d, GRU, GRUCell, LSTM

def encode_0(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_0 = GRU(7, 3, 1, True, False)
last_0_0 = encode_0(enc_0, torch.ones(4, 1, 7), h0=torch.zeros((1, 1, 3)))

gru_1 = GRU(3, 2)
x_1 = torch.randn(3, 3)
cell_1 = GRUCell(3, 2)
if x_1.dim() == 3:
    out_1, _ = gru_1(x_1)
else:
    out_1 = cell_1(x_1)

conv_2 = Conv1d(3, 6, kernel_size=3, padding=1)
feats_2 = conv_2(torch.randn(2, 3, 6)).transpose(1, 2)
rnn_2 = LSTM(6, 4, batch_first=True)
out_2, _ = rnn_2(feats_2)

gru_3 = GRU(6, 4)
x_3 = torch.randn(3, 6)
cell_3 = GRUCell(6, 4)
if x_3.dim() == 3:
    out_3, _ = gru_3(x_3)
else:
    out_3 = cell_3(x_3)
