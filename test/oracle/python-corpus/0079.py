# oracle: seed 79, closed, raises RuntimeError at line 10
import torch
import torch.nn as nn

embed_0 = nn.Embedding(18, 8, padding_idx=0)
drop_0 = nn.Dropout(0.1)
rnn_0 = nn.GRU(7, 3, batch_first=True)
tokens_0 = torch.randint(0, 18, (1, 5))
emb_0 = drop_0(embed_0(tokens_0))
out_0, h_0 = rnn_0(emb_0)

rnn_1 = nn.GRU(input_size=4, hidden_size=9, dropout=0.5, bidirectional=False)
x_1 = torch.randn(5, 4)
out_1, _ = rnn_1(x_1)

rnn_2 = nn.LSTM(input_size=4, hidden_size=9, num_layers=3, dropout=0.1, bidirectional=False)
x_2 = torch.randn(2, 4)
hx_2 = (torch.zeros(6, 9), torch.zeros(3, 9))
out_2, _ = rnn_2(x_2, hx_2)
