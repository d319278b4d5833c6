# oracle: seed 102, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn import GRU, GRUCell, LSTM, RNN
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

embed_0 = nn.Embedding(30, 8)
drop_0 = nn.Dropout(0.1)
rnn_0 = LSTM(8, 6, batch_first=True)
tokens_0 = torch.tensor([[1, 2, 3], [4, 5, 29]])
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)

rnn_1 = LSTM(3, 5, batch_first=True)
x_1 = torch.randn(3, 4, 3)
lengths_1 = torch.tensor([4, 3, 2])
packed_1 = pack_padded_sequence(x_1, lengths_1, batch_first=True)
packed_out_1, (h_1, c_1) = rnn_1(packed_1)
out_1, out_lengths_1 = pad_packed_sequence(packed_out_1, batch_first=True)

cell_2 = GRUCell(input_size=3, hidden_size=6)
h_2 = torch.zeros(6)
t_2 = 0
while t_2 < 1:
    h_2 = cell_2(torch.randn(3), h_2)
    t_2 += 1

layer_3 = GRU(input_size=5, hidden_size=8, num_layers=1, dropout=0.0)
y_3, _ = layer_3(torch.randn(3, 2, 5))

kind_4 = "LSTM"
rnn_4 = getattr(nn, kind_4)(3, 6)
out_4 = rnn_4(torch.randn(4, 2, 3))[0]
