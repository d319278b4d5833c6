# oracle: seed 110, closed, runs cleanly
import torch
import torch.nn as nn
from torch.nn.utils.rnn import pack_padded_sequence, pad_packed_sequence

rnn_0 = nn.GRU(4, 6, batch_first=True)
x_0 = torch.randn(3, 6, 4)
lengths_0 = [6, 5, 4]
packed_0 = pack_padded_sequence(x_0, lengths_0, batch_first=True, enforce_sorted=False)
packed_out_0, h_0 = rnn_0(packed_0)
out_0, out_lengths_0 = pad_packed_sequence(packed_out_0, batch_first=True)

embed_1 = nn.Embedding(18, 4)
drop_1 = nn.Dropout()
rnn_1 = nn.LSTM(4, 3, batch_first=True)
tokens_1 = torch.tensor([[1, 2, 3], [4, 5, 17]])
emb_1 = drop_1(embed_1(tokens_1))
out_1, (h_1, c_1) = rnn_1(emb_1)
scores_1 = nn.Linear(3, 18)(out_1)

layer_2 = nn.GRU(2, 6, 1, bias=True)
y_2, _ = layer_2(torch.randn(3, 2, 2))

rnn_3 = nn.LSTM(6, 6, num_layers=1)
x_3 = torch.randn(1, 6)
hx_3 = (torch.zeros(1, 6), torch.zeros(1, 6))
out_3, _ = rnn_3(x_3, hx_3)
y_3 = out_3[-1].view(6)

layer_4 = nn.GRU(6, 2, dropout=0)
