# oracle: seed 84, closed, runs cleanly
import torch
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = torch.nn.LSTM(2, 5, batch_first=True)
x_0 = torch.randn(2, 5, 2)
lengths_0 = [5, 4]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True)
packed_out_0, (h_0, c_0) = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

rnn_1 = torch.nn.RNN(6, 6, batch_first=False, nonlinearity="relu")
x_1 = torch.randn(1, 4, 6)
out_1, h_1 = rnn_1(x_1)
n_1 = out_1.size(1) * out_1.dim()
