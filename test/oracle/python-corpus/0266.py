# oracle: seed 266, closed, raises RuntimeError at line 9
import torch.nn

rnn_0 = torch.nn.RNN(4, 9, batch_first=True, dropout=0.2, bidirectional=True)
x_0 = torch.ones([3, 1, 4])
out_0, h_0 = rnn_0(x_0)
both_0 = torch.cat((h_0[-2], h_0[-1]), dim=1)
fc_0 = torch.nn.Linear(19, 2)
logits_0 = fc_0(both_0)

layer_1 = torch.nn.LSTM(3, 7, num_layers=2, dropout=0.2)
y_1, _ = layer_1(torch.randn(3, 2, 3))

class Model_2(torch.nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super().__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = torch.nn.LSTM(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional, dropout=0.2 if num_layers > 1 else 0)
        self.fc = torch.nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return (torch.zeros(self.num_layers, batch, self.hidden_size), torch.zeros(self.num_layers, batch, self.hidden_size))

    def forward(self, x):
        hidden = self.init_hidden(x.shape[0])
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_2 = Model_2(3, 6, num_layers=2, bidirectional=True)
logits_2 = model_2.forward(torch.ones(2, 1, 3)).detach()
probs_2 = logits_2.softmax(dim=-1)
