# oracle: seed 284, closed, runs cleanly
import torch
import torch.nn as nn

y_0 = torch.randn(3, 2, 3)
stack_0 = nn.ModuleDict({"enc": nn.RNN(3, 5)})
y_0, _ = stack_0["enc"](y_0)
z_0 = nn.Linear(5, 3)(y_0)

rnn_1 = nn.RNN(5, 9, 2, bias=False, batch_first=True, nonlinearity='relu')
x_1 = torch.randn(1, 4, 5).float()
hidden_1 = torch.zeros(2, 1, 9)
out_1, _ = rnn_1(x_1, hidden_1)
fc_1 = nn.Linear(9, 5)
logits_1 = fc_1(out_1[-1:][-1])

rnn_2 = nn.RNN(5, 8, 3, True, False)
x_2 = torch.rand(5, 2, 5)
batch_2 = x_2.size(1)
h0_2 = torch.zeros(3, batch_2, 8)
out_2, hn_2 = rnn_2(x_2, h0_2)

class Model_3(nn.Module):
    def __init__(self, input_size, hidden_size, num_layers=1, bidirectional=False, num_classes=3):
        super(Model_3, self).__init__()
        self.hidden_size = hidden_size
        self.num_layers = num_layers
        self.num_directions = 2 if bidirectional else 1
        self.rnn = nn.RNN(input_size, hidden_size, num_layers, batch_first=True, bidirectional=bidirectional)
        self.fc = nn.Linear(hidden_size * self.num_directions, num_classes)

    def init_hidden(self, batch):
        return torch.zeros(self.num_layers * self.num_directions, batch, self.hidden_size)

    def forward(self, x):
        hidden = self.init_hidden(x.size(0))
        out, hidden = self.rnn(x, hidden)
        return self.fc(out[:, -1, :])

model_3 = Model_3(4, 3, 2)
logits_3 = model_3(torch.ones(2, 2, 4))
probs_3 = logits_3.softmax(dim=-1)
