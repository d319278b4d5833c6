# oracle: seed 42, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM, RNN, RNNCell
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = GRU(5, 3)
x_0 = torch.randn(6, 2, 5)
lengths_0 = [6, 5]
packed_0 = pack_padded_sequence(x_0, lengths_0)
packed_out_0, h_0 = rnn_0(packed_0, torch.zeros(1, 2, 3))
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0)

lstm_1 = LSTM(3, 4, 2)
out_1, (h_1, c_1) = lstm_1(torch.randn(3, 2, 3))
r_1_0 = out_1.unsqueeze(0).squeeze(-1)
r_1_1 = out_1[:, -1, :]
r_1_2 = out_1.chunk(2, dim=-1)[0]

def encode_2(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_2 = GRU(4, 4, 1, True, False)
last_2_0 = encode_2(enc_2, torch.zeros(1, 1, 4))

layer_3 = LSTM(7, 8, proj_size=1)

cell_4 = RNNCell(input_size=7, hidden_size=6)
h_4 = torch.zeros(2, 6)
t_4 = 0
while t_4 < 4:
    h_4 = cell_4(torch.randn(2, 7), h_4)
    t_4 += 1
z_4 = h_4.unsqueeze(0).flatten()
