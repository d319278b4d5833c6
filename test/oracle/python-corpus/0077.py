# oracle: seed 77, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

lstm_0 = torch.nn.LSTM(3, 6, 2)
out_0, (h_0, c_0) = lstm_0(torch.randn(3, 2, 3))
r_0_0 = out_0.view(6, 6)
r_0_1 = out_0.size()

def encode_1(layer, x, h0=None, batch_first=False):
    if h0 is None:
        out, h = layer(x)
    else:
        out, h = layer(x, h0)
    return out[:, -1] if batch_first else out[-1]

enc_1 = torch.nn.RNN(4, 4, num_layers=2, batch_first=True, nonlinearity='relu')
last_1_0 = encode_1(enc_1, torch.zeros(3, 1, 4), h0=torch.zeros(2, 3, 4), batch_first=True)

rnn_2 = torch.nn.GRU(5, 3)
x_2 = torch.randn(4, 2, 5)
lengths_2 = torch.tensor([4, 3])
packed_2 = pack_padded_sequence(x_2, lengths_2)
packed_out_2, h_2 = rnn_2(packed_2)
out_2, out_lengths_2 = pad_packed_sequence(packed_out_2)
