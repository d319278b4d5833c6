# oracle: seed 139, closed, runs cleanly
import torch

embed_0 = torch.nn.Embedding(14, 6, padding_idx=0)
drop_0 = torch.nn.Dropout()
rnn_0 = torch.nn.LSTM(6, 7, batch_first=True)
tokens_0 = torch.randint(0, 14, (1, 2))
emb_0 = drop_0(embed_0(tokens_0))
out_0, (h_0, c_0) = rnn_0(emb_0)
scores_0 = torch.nn.Linear(7, 14)(out_0)
