# oracle: seed 186, closed, runs cleanly
import torch
from torch.nn import GRU, LSTM
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

y_0 = torch.randn(4, 2, 2)
layers_0 = [GRU(2, 4)]
for i in range(len(layers_0)):
    y_0 = layers_0[i](y_0)[0]

rnn_1 = LSTM(2, 2, batch_first=True)
x_1 = torch.randn(1, 5, 2)
lengths_1 = torch.tensor([5])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)
